package nl.wsp.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@code ./wsp chaos}: a bounded mixed load against the two replicas of every service of {@code ./wsp cluster}, faults
 * half-way (the script kills one broker and one replica of each service with -9 and restarts PostgreSQL, when this asks
 * for it through {@code --faults-request}/{@code --faults-done}), then a reconciliation of every acknowledged write and
 * every effect it must have had in another service. The figures go into docs/reliability.md between its markers.
 * <p>
 * A write is acknowledged when a replica answered 2xx. A request that got no answer (the replica died, the connection
 * broke) has an unknown outcome; it is retried only where the API makes a retry safe (a vacancy with its
 * {@code Idempotency-Key}, a candidate push, which upserts by the partner's reference) and otherwise counted as
 * unacknowledged: it may or may not exist, and must not exist twice. A connection refused never reached a replica, so
 * the other replica is asked, as a load balancer would.
 * <pre>
 * java -jar wsp-local-infra.jar chaos --account 18141,18142 --vacancy 18143,18144 --matching 18145,18146
 *     --reporting 18147,18148 --webhook-port 18149 --bootstrap 127.0.0.1:59140,… --jdbc jdbc:postgresql://127.0.0.1:56140
 *     --window-seconds 40 --load-seconds 90 --faults-request F --faults-done G --out docs/reliability.md --command "…"
 * </pre>
 */
final class Chaos {

    static final String BEGIN = "<!-- chaos:begin (written by ./wsp chaos) -->";
    static final String END = "<!-- chaos:end -->";
    private static final String ESCO_MONTEUR = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
    private static final String BREED_UITGEZET = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1";
    private static final String PARTNER_TOPIC = "wsp.vacancy.partner-vacatures";
    private static final String VACATURE_TOPIC = "wsp.vacancy.vacatures";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, List<Integer>> ports;
    private final Map<String, AtomicInteger> roundRobin = new ConcurrentHashMap<>();
    private final Options o;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String partner = "chaos-" + suffix;

    // what the load did: acknowledged writes, and requests whose outcome is unknown
    private final Map<String, Instant> vacatures = new ConcurrentHashMap<>(); // id -> eigenBestandTot
    private final Map<String, String> kandidaten = new ConcurrentHashMap<>(); // referentie -> id
    private final ConcurrentLinkedQueue<String> vrijeKandidaten = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> vrijeVacatures = new ConcurrentLinkedQueue<>();
    private final Map<String, String> voordrachten = new ConcurrentHashMap<>(); // id -> vacature
    private final Map<String, String> plaatsingen = new ConcurrentHashMap<>(); // id -> vacature
    private final Map<String, String> contactverzoeken = new ConcurrentHashMap<>(); // id -> onderwerp
    private final Map<String, AtomicInteger> onbekend = new ConcurrentHashMap<>(); // kind -> requests without an answer
    private final Map<String, AtomicInteger> geweigerd = new ConcurrentHashMap<>(); // kind -> 4xx/5xx answers
    private final AtomicInteger herhaald = new AtomicInteger(); // retries of a safe request after no answer
    private final AtomicInteger omgeleid = new AtomicInteger(); // connection refused: asked the other replica
    // what the webhook receiver got: event id -> receipts, and per event its subject and first receipt time
    private final Map<String, AtomicInteger> webhookOntvangen = new ConcurrentHashMap<>();
    private final Map<String, String> webhookSubject = new ConcurrentHashMap<>();
    private final Map<String, String> webhookType = new ConcurrentHashMap<>();
    private final Map<String, Instant> webhookEerst = new ConcurrentHashMap<>();
    private final AtomicLong webhookOntvangsten = new AtomicLong();

    private String werkgeverA;
    private String werkgeverB;
    private String adviseurToken;
    private String systeemToken;
    private String beheerderToken;
    private Instant faultsAt;
    private Instant faultsDone;

    private Chaos(Options o) {
        this.o = o;
        this.ports = Map.of("account", o.account, "vacancy", o.vacancy, "matching", o.matching, "reporting", o.reporting);
    }

    static int run(String[] args) throws Exception {
        return new Chaos(Options.parse(args)).runAll();
    }

    private int runAll() throws Exception {
        Instant begin = Instant.now();
        String loadBefore = load();
        HttpServer receiver = webhookReceiver();
        try {
            log("setting up partner " + partner + ", an adviser, two employers and a webhook subscription");
            setUp();
            log("load for " + o.loadSeconds + " s (faults at " + o.loadSeconds / 2 + " s); windows of " + o.windowSeconds + " s");
            runLoad();
            String loadAfter = load();
            Instant lastDeadline = vacatures.values().stream().max(Instant::compareTo).orElse(Instant.now());
            log("load done; waiting for the last window (" + lastDeadline + ") and for every effect to settle");
            Report report = reconcile(lastDeadline);
            report.print();
            writeDoc(report, begin, loadBefore + " (start); " + loadAfter + " (end of load)");
            return report.clean() ? 0 : 1;
        } finally {
            receiver.stop(0);
        }
    }

    // ---------------------------------------------------------------- set-up

    private void setUp() throws Exception {
        beheerderToken = token("beheerder", null, "chaos-beheerder");
        expect(retry(() -> send("account", "POST", "/api/v1/partners", beheerderToken, """
                {"code": "%s", "naam": "Chaos Gemeente", "soort": "gemeente", "regio": "Amersfoort"}""".formatted(partner), Map.of()),
                201), 201);
        String adviseurId = json.readTree(expect(retry(() -> send("account", "POST", "/api/v1/adviseurs", beheerderToken, """
                {"partner": "%s", "gebruikersnaam": "chaos-%s", "naam": "Chaos Adviseur"}""".formatted(partner, suffix), Map.of()),
                201), 201)).path("id").asText();
        werkgeverA = werkgever(adviseurId);
        werkgeverB = werkgever(adviseurId);
        adviseurToken = DevToken.sign(o.key, "adviseur", partner, adviseurId, Duration.ofMinutes(55));
        systeemToken = token("partnersysteem", partner, "chaos-systeem");
        // vacancy-service learns the partner from account-service's events: retry until it knows it
        expect(retryWhile(() -> send("vacancy", "POST", "/api/v1/webhook-abonnementen", beheerderToken, """
                        {"url": "http://127.0.0.1:%d/hook", "partner": "%s"}""".formatted(o.webhookPort, partner), Map.of()),
                r -> r.statusCode() >= 400 && r.statusCode() != 401, Duration.ofSeconds(60)), 201);
        // and the employers and the adviser: the first vacancy waits for them
        String eerste = vacatureBody(werkgeverA);
        HttpResponse<String> r = retryWhile(() -> send("vacancy", "POST", "/api/v1/vacatures", adviseurToken, eerste,
                        Map.of("Idempotency-Key", "chaos-eerste-" + suffix)),
                x -> x.statusCode() == 403 || x.statusCode() == 404 || x.statusCode() == 422, Duration.ofSeconds(60));
        neemVacatureOp(expect(r, 201));
    }

    private String werkgever(String adviseurId) throws Exception {
        String kvk = String.valueOf(10_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L));
        return json.readTree(expect(retry(() -> send("account", "POST", "/api/v1/werkgevers", beheerderToken, """
                {"kvkNummer": "%s", "naam": "Chaos Techniek B.V.", "vestigingsgemeente": "Amersfoort", "sector": "techniek",
                 "aantalWerknemers": 40, "accountmanagerId": "%s"}""".formatted(kvk, adviseurId), Map.of()), 201), 201))
                .path("id").asText();
    }

    // ---------------------------------------------------------------- load

    private void runLoad() throws Exception {
        Instant end = Instant.now().plusSeconds(o.loadSeconds);
        Instant faults = Instant.now().plusSeconds(o.loadSeconds / 2);
        AtomicInteger teller = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.workers);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < o.workers; w++) {
            workers.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    int n = teller.getAndIncrement();
                    try {
                        switch (n % 5) {
                            case 0, 3 -> openVacature(n);
                            case 1 -> pushKandidaten(n);
                            case 2 -> voordrachtEnPlaatsing();
                            default -> contactverzoek(n);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    } catch (Exception e) {
                        // counted where it happened
                    }
                    Thread.sleep(o.pauseMillis);
                }
                return null;
            }));
        }
        sleepUntil(faults);
        faultsAt = Instant.now();
        log("faults: asking the script to kill a broker and a replica of each service and to restart PostgreSQL");
        Files.deleteIfExists(o.faultsDone);
        Files.writeString(o.faultsRequest, faultsAt.toString());
        Instant giveUp = Instant.now().plusSeconds(180);
        while (!Files.exists(o.faultsDone) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        faultsDone = Instant.now();
        log(Files.exists(o.faultsDone) ? "faults done: " + Files.readString(o.faultsDone).trim() : "the script did not report the faults");
        for (Future<?> w : workers) {
            w.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private String vacatureBody(String werkgeverId) {
        return """
                {"werkgeverId": "%s", "titel": "Monteur elektrische installaties", "escoBeroep": "%s", "urenPerWeek": 36,
                 "aantalPosities": 2, "werklocatieGemeente": "Amersfoort", "contractvorm": "vast"}""".formatted(werkgeverId, ESCO_MONTEUR);
    }

    /** With an Idempotency-Key: a request without an answer is safely sent again, with the same key. */
    private void openVacature(int n) throws Exception {
        String body = vacatureBody(n % 2 == 0 ? werkgeverA : werkgeverB);
        String key = "chaos-" + suffix + "-" + n;
        HttpResponse<String> r = safeRetry("vacature", () -> send("vacancy", "POST", "/api/v1/vacatures", adviseurToken, body,
                Map.of("Idempotency-Key", key)));
        if (r != null && (r.statusCode() == 201 || r.statusCode() == 200)) {
            neemVacatureOp(r.body());
        } else if (r != null) {
            geweigerd("vacature", r);
        }
    }

    private void neemVacatureOp(String body) throws IOException {
        JsonNode v = json.readTree(body);
        String id = v.path("id").asText();
        vacatures.put(id, Instant.parse(v.path("eigenBestandTot").asText()));
        vrijeVacatures.add(id);
    }

    /** A push upserts by the partner's reference: safe to send again. */
    private void pushKandidaten(int n) throws Exception {
        List<String> referenties = List.of("CH-" + suffix + "-" + n + "-a", "CH-" + suffix + "-" + n + "-b");
        String items = referenties.stream().map(ref -> """
                {"referentie": "%s", "woongemeente": "Amersfoort", "doelgroepen": ["bijstand"], "urenPerWeek": 36,
                 "mobiliteit": {"maximaleReisafstandKm": 15}, "gewensteBeroepen": ["%s"], "opleidingsniveau": "mbo-2"}"""
                .formatted(ref, ESCO_MONTEUR)).collect(Collectors.joining(","));
        HttpResponse<String> r = safeRetry("kandidaat", () -> send("matching", "POST", "/api/v1/kandidaten", systeemToken,
                "{\"kandidaten\": [" + items + "]}", Map.of()));
        if (r == null) {
            return;
        }
        if (r.statusCode() != 200) {
            geweigerd("kandidaat", r);
            return;
        }
        for (JsonNode item : json.readTree(r.body()).path("resultaten")) {
            String id = item.path("id").asText(null);
            String ref = item.path("referentie").asText(null);
            if (id != null && ref != null && !item.path("resultaat").asText().equals("afgewezen")) {
                if (kandidaten.put(ref, id) == null) {
                    vrijeKandidaten.add(id);
                }
            }
        }
    }

    /** Proposal, invitation, hire and placement: none of these is retried after a request without an answer. */
    private void voordrachtEnPlaatsing() throws Exception {
        String vacature = vrijeVacatures.poll();
        String kandidaat = vrijeKandidaten.poll();
        if (vacature == null || kandidaat == null) {
            if (vacature != null) {
                vrijeVacatures.add(vacature);
            }
            if (kandidaat != null) {
                vrijeKandidaten.add(kandidaat);
            }
            return;
        }
        String body = "{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}".formatted(vacature, kandidaat);
        HttpResponse<String> r = once("voordracht", () -> retryWhile(() -> send("matching", "POST", "/api/v1/voordrachten", adviseurToken,
                body, Map.of()), x -> x.statusCode() == 404 || x.statusCode() == 409, Duration.ofSeconds(20)));
        if (r == null) {
            return;
        }
        if (r.statusCode() != 201) {
            geweigerd("voordracht", r);
            return;
        }
        String voordrachtId = json.readTree(r.body()).path("id").asText();
        voordrachten.put(voordrachtId, vacature);
        for (String uitkomst : List.of("uitgenodigd", "aangenomen")) {
            HttpResponse<String> u = once("uitkomst", () -> send("matching", "POST", "/api/v1/voordrachten/" + voordrachtId + "/uitkomst",
                    adviseurToken, "{\"uitkomst\": \"" + uitkomst + "\"}", Map.of()));
            if (u == null || u.statusCode() != 200) {
                if (u != null) {
                    geweigerd("uitkomst", u);
                }
                return;
            }
        }
        String vandaag = LocalDate.now(ZoneOffset.UTC).toString();
        HttpResponse<String> p = once("plaatsing", () -> send("matching", "POST", "/api/v1/plaatsingen", adviseurToken, """
                {"voordrachtId": "%s", "startdatum": "%s", "contractvorm": "tijdelijk", "contractduurMaanden": 12,
                 "urenPerWeek": 36}""".formatted(voordrachtId, vandaag), Map.of()));
        if (p != null && p.statusCode() == 201) {
            plaatsingen.put(json.readTree(p.body()).path("id").asText(), vacature);
        } else if (p != null) {
            geweigerd("plaatsing", p);
        }
    }

    private void contactverzoek(int n) throws Exception {
        String onderwerp = "Chaos contactverzoek " + suffix + "-" + n;
        HttpResponse<String> r = once("contactverzoek", () -> send("account", "POST", "/api/v1/contactverzoeken", adviseurToken, """
                {"werkgeverId": "%s", "onderwerp": "%s"}""".formatted(n % 2 == 0 ? werkgeverA : werkgeverB, onderwerp), Map.of()));
        if (r != null && r.statusCode() == 201) {
            contactverzoeken.put(json.readTree(r.body()).path("id").asText(), onderwerp);
        } else if (r != null) {
            geweigerd("contactverzoek", r);
        }
    }

    private void geweigerd(String kind, HttpResponse<String> r) {
        geweigerd.computeIfAbsent(kind + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
    }

    /** Sends once; no answer (IOException): unknown outcome, counted, null. */
    private HttpResponse<String> once(String kind, Call call) throws Exception {
        try {
            return call.send();
        } catch (IOException e) {
            onbekend.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            return null;
        }
    }

    /** Sends, and again (up to 20 times, a second apart) after no answer or a 5xx: only for requests safe to repeat. */
    private HttpResponse<String> safeRetry(String kind, Call call) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                HttpResponse<String> r = call.send();
                if (r.statusCode() < 500) {
                    return r;
                }
            } catch (IOException e) {
                // no answer: the outcome is unknown, and this request may be repeated
            }
            herhaald.incrementAndGet();
            Thread.sleep(1000);
        }
        onbekend.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        return null;
    }

    // ---------------------------------------------------------------- reconciliation

    private Report reconcile(Instant lastDeadline) throws Exception {
        sleepUntil(lastDeadline.plusSeconds(3));
        Report report = new Report();
        Instant settleBy = Instant.now().plusSeconds(o.settleSeconds);
        // wait until every acknowledged vacancy is broadcast (or filled) and every outbox is empty, within the limit
        try (Connection vacancy = db("vacancy")) {
            while (Instant.now().isBefore(settleBy)
                    && (count(vacancy, "SELECT count(*) FROM vacature WHERE status = 'open' AND id = ANY (?::uuid[])", ids(vacatures.keySet())) > 0
                    || unpublished() > 0)) {
                Thread.sleep(1000);
            }
        }
        Map<String, Long> expected = expectedReporting();
        while (Instant.now().isBefore(settleBy) && !reportingMatches(expected)) {
            Thread.sleep(1000);
        }
        // the webhook sender and the consumers have had their chance; a last few seconds for copies still in flight
        Thread.sleep(3000);

        try (Connection account = db("account"); Connection vacancy = db("vacancy"); Connection matching = db("matching")) {
            // 1. every acknowledged write is stored, once
            report.write("vacancies (vacancy-service)", vacatures.size(),
                    count(vacancy, "SELECT count(*) FROM vacature WHERE id = ANY (?::uuid[])", ids(vacatures.keySet())),
                    count(vacancy, "SELECT count(*) FROM vacature WHERE werkgever_id IN (?::uuid, ?::uuid)", werkgeverA, werkgeverB),
                    onbekend("vacature"));
            report.write("candidates (matching-service)", kandidaten.size(),
                    count(matching, "SELECT count(*) FROM kandidaat WHERE id = ANY (?::uuid[])", ids(kandidaten.values())),
                    count(matching, "SELECT count(*) FROM kandidaat WHERE partner = ?", partner),
                    onbekend("kandidaat"));
            report.write("proposals (matching-service)", voordrachten.size(),
                    count(matching, "SELECT count(*) FROM voordracht WHERE id = ANY (?::uuid[])", ids(voordrachten.keySet())),
                    count(matching, "SELECT count(*) FROM voordracht WHERE kandidaat_partner = ?", partner),
                    onbekend("voordracht"));
            report.write("placements (matching-service)", plaatsingen.size(),
                    count(matching, "SELECT count(*) FROM plaatsing WHERE id = ANY (?::uuid[])", ids(plaatsingen.keySet())),
                    count(matching, "SELECT count(*) FROM plaatsing WHERE partner = ?", partner),
                    onbekend("plaatsing"));
            report.write("contact requests (account-service)", contactverzoeken.size(),
                    count(account, "SELECT count(*) FROM contactverzoek WHERE id = ANY (?::uuid[])", ids(contactverzoeken.keySet())),
                    count(account, "SELECT count(*) FROM contactverzoek WHERE werkgever_id IN (?::uuid, ?::uuid)", werkgeverA, werkgeverB),
                    onbekend("contactverzoek"));
            // the same request stored twice: a vacancy per idempotency key, a candidate per reference, a contact request per subject
            report.doubledRows += count(account, """
                    SELECT count(*) FROM (SELECT onderwerp FROM contactverzoek WHERE werkgever_id IN (?::uuid, ?::uuid)
                    GROUP BY onderwerp HAVING count(*) > 1) d""", werkgeverA, werkgeverB);
            report.doubledRows += count(matching, """
                    SELECT count(*) FROM (SELECT referentie FROM kandidaat WHERE partner = ? GROUP BY referentie HAVING count(*) > 1) d""", partner);
            report.doubledRows += count(matching, """
                    SELECT count(*) FROM (SELECT vacature_id, kandidaat_id FROM voordracht WHERE kandidaat_partner = ?
                    GROUP BY vacature_id, kandidaat_id HAVING count(*) > 1) d""", partner);

            // 2. effects in other services
            // placements fill positions in vacancy-service: one position per placement matching-service holds
            Map<String, Long> perVacature = new HashMap<>();
            try (PreparedStatement s = matching.prepareStatement("SELECT vacature_id::text, count(*) FROM plaatsing WHERE partner = ? GROUP BY 1")) {
                s.setString(1, partner);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        perVacature.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            long vervuldMis = 0;
            long vervuldDubbel = 0;
            try (PreparedStatement s = vacancy.prepareStatement("SELECT id::text, aantal_vervuld FROM vacature WHERE werkgever_id IN (?::uuid, ?::uuid)")) {
                s.setString(1, werkgeverA);
                s.setString(2, werkgeverB);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long moet = perVacature.getOrDefault(rs.getString(1), 0L);
                        long is = rs.getLong(2);
                        vervuldMis += Math.max(0, moet - is);
                        vervuldDubbel += Math.max(0, is - moet);
                    }
                }
            }
            report.effect("placement → position filled in vacancy-service", perVacature.values().stream().mapToLong(Long::longValue).sum(),
                    vervuldMis, vervuldDubbel);
            // vacancies reach matching-service's projection (a proposal needs it)
            long inMatching = count(matching, "SELECT count(*) FROM vacature WHERE id = ANY (?::uuid[])", ids(vacatures.keySet()));
            report.effect("vacancy → matching-service's projection", vacatures.size(), vacatures.size() - inMatching, 0);
            long breedInMatching = count(matching, "SELECT count(*) FROM vacature WHERE breed_uitgezet AND id = ANY (?::uuid[])",
                    ids(vacatures.keySet()));

            // 3. the broadcasts: which vacancies were due (broadcast in vacancy-service), and what Kafka and the webhook saw
            Map<String, Instant> breed = new HashMap<>();
            try (PreparedStatement s = vacancy.prepareStatement("""
                    SELECT id::text, breed_uitgezet_op FROM vacature WHERE breed_uitgezet_op IS NOT NULL AND werkgever_id IN (?::uuid, ?::uuid)""")) {
                s.setString(1, werkgeverA);
                s.setString(2, werkgeverB);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        breed.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            long nogOpen = count(vacancy, "SELECT count(*) FROM vacature WHERE status = 'open' AND werkgever_id IN (?::uuid, ?::uuid)",
                    werkgeverA, werkgeverB);
            report.dueOpen = nogOpen;
            report.effect("vacancy broadcast → matching-service's projection", breed.size(), breed.size() - breedInMatching, 0);
            Map<String, Instant> deadlines = new HashMap<>();
            try (PreparedStatement s = vacancy.prepareStatement("SELECT id::text, eigen_bestand_tot FROM vacature WHERE werkgever_id IN (?::uuid, ?::uuid)")) {
                s.setString(1, werkgeverA);
                s.setString(2, werkgeverB);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        deadlines.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                    }
                }
            }
            report.broadcast("Kafka " + PARTNER_TOPIC, breed, deadlines, kafka(PARTNER_TOPIC, deadlines.keySet()));
            report.broadcast("Kafka " + VACATURE_TOPIC, breed, deadlines, kafka(VACATURE_TOPIC, deadlines.keySet()));
            report.broadcast("webhook receiver", breed, deadlines, webhook());

            // 4. reporting-service counts what the others did
            Map<String, Long> seen = reporting();
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                long s = seen.getOrDefault(e.getKey(), -1L);
                report.effect("reporting-service " + e.getKey(), e.getValue(), Math.max(0, e.getValue() - s), Math.max(0, s - e.getValue()));
            }
        }
        return report;
    }

    /** What reporting must count for region Amersfoort this year (a fresh cluster: only this run's data), from the owners. */
    private Map<String, Long> expectedReporting() throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Connection vacancy = db("vacancy"); Connection matching = db("matching")) {
            m.put("vacaturesOpgehaald", count(vacancy, "SELECT count(*) FROM vacature WHERE regio = 'Amersfoort'"));
            m.put("vacaturesBreedUitgezet", count(vacancy, "SELECT count(*) FROM vacature WHERE regio = 'Amersfoort' AND breed_uitgezet_op IS NOT NULL"));
            m.put("plaatsingen", count(matching, "SELECT count(*) FROM plaatsing WHERE regio = 'Amersfoort'"));
        }
        return m;
    }

    private boolean reportingMatches(Map<String, Long> expected) {
        try {
            Map<String, Long> seen = reporting();
            return expected.entrySet().stream().allMatch(e -> e.getValue().equals(seen.get(e.getKey())));
        } catch (Exception e) {
            return false;
        }
    }

    private Map<String, Long> reporting() throws Exception {
        String jaar = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
        HttpResponse<String> r = send("reporting", "GET", "/api/v1/rapportages/stuurgroep?regio=Amersfoort&jaar=" + jaar,
                token("dashboard", null, "chaos-dashboard"), null, Map.of());
        JsonNode body = json.readTree(r.body());
        Map<String, Long> m = new HashMap<>();
        for (String veld : List.of("vacaturesOpgehaald", "vacaturesBreedUitgezet", "plaatsingen")) {
            m.put(veld, body.path(veld).asLong(-1));
        }
        return m;
    }

    private long unpublished() throws SQLException {
        long n = 0;
        for (String db : List.of("account", "vacancy", "matching", "reporting")) {
            try (Connection c = db(db)) {
                n += count(c, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
            }
        }
        return n;
    }

    /** One copy of a broadcast event as a receiver saw it. */
    record Copy(String subject, String eventId, Instant at, Instant eventTime) {
    }

    /** Every broadcast record on the topic for the given vacancies, from the beginning to the end offsets. */
    private List<Copy> kafka(String topic, Set<String> subjects) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, o.bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Copy> copies = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Instant giveUp = Instant.now().plusSeconds(60);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue()) && Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!subjects.contains(r.key())) {
                        continue;
                    }
                    JsonNode event = json.readTree(r.value());
                    if (BREED_UITGEZET.equals(event.path("type").asText())) {
                        copies.add(new Copy(r.key(), event.path("id").asText(), Instant.ofEpochMilli(r.timestamp()),
                                Instant.parse(event.path("time").asText())));
                    }
                }
            }
        }
        return copies;
    }

    private List<Copy> webhook() {
        List<Copy> copies = new ArrayList<>();
        webhookOntvangen.forEach((id, n) -> {
            if (BREED_UITGEZET.equals(webhookType.get(id))) {
                for (int i = 0; i < n.get(); i++) {
                    copies.add(new Copy(webhookSubject.get(id), id, webhookEerst.get(id), webhookEerst.get(id)));
                }
            }
        });
        return copies;
    }

    /** A partner's webhook endpoint: records every delivery (by the CloudEvent's id) and answers 204. */
    private HttpServer webhookReceiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", o.webhookPort), 50);
        server.createContext("/hook", exchange -> {
            Instant at = Instant.now();
            try {
                JsonNode event = json.readTree(exchange.getRequestBody().readAllBytes());
                String id = event.path("id").asText();
                webhookOntvangen.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                webhookSubject.putIfAbsent(id, event.path("subject").asText());
                webhookType.putIfAbsent(id, event.path("type").asText());
                webhookEerst.putIfAbsent(id, at);
                webhookOntvangsten.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    // ---------------------------------------------------------------- report

    static final class Report {
        final List<String> writes = new ArrayList<>();
        final List<String> effects = new ArrayList<>();
        final List<String> broadcasts = new ArrayList<>();
        long lost;
        long doubled;
        long early;
        long doubledRows;
        long dueOpen;
        long redelivered;

        void write(String what, long acknowledged, long found, long stored, int unknown) {
            long missing = acknowledged - found;
            long extra = stored - acknowledged; // stored without an acknowledgement: only requests without an answer may explain it
            lost += missing;
            long unexplained = Math.max(0, extra - unknown);
            doubled += unexplained;
            writes.add("| %s | %d | %d | %d | %d | %d | %d |".formatted(what, acknowledged, found, missing, unknown, Math.max(0, extra),
                    unexplained));
        }

        void effect(String what, long expected, long missing, long extra) {
            lost += missing;
            doubled += extra;
            effects.add("| %s | %d | %d | %d |".formatted(what, expected, missing, extra));
        }

        void broadcast(String where, Map<String, Instant> breed, Map<String, Instant> deadlines, List<Copy> copies) {
            Map<String, Set<String>> events = new HashMap<>();
            Map<String, Integer> raw = new HashMap<>();
            long vroeg = 0;
            for (Copy c : copies) {
                events.computeIfAbsent(c.subject(), k -> new HashSet<>()).add(c.eventId());
                raw.merge(c.subject(), 1, Integer::sum);
                Instant deadline = deadlines.get(c.subject());
                if (deadline != null && (c.at().isBefore(deadline) || c.eventTime().isBefore(deadline))) {
                    vroeg++;
                }
            }
            long missing = breed.keySet().stream().filter(id -> !events.containsKey(id)).count();
            long twice = events.values().stream().filter(s -> s.size() > 1).count();
            long notDue = events.keySet().stream().filter(id -> !breed.containsKey(id)).count();
            long copiesOfSame = raw.entrySet().stream().mapToLong(e -> e.getValue() - events.get(e.getKey()).size()).sum();
            lost += missing;
            doubled += twice + notDue;
            early += vroeg;
            redelivered += copiesOfSame;
            List<Duration> after = copies.stream().filter(c -> breed.containsKey(c.subject()))
                    .map(c -> Duration.between(deadlines.get(c.subject()), c.at())).sorted().toList();
            broadcasts.add("| %s | %d | %d | %d | %d | %d | %d | %s | %s |".formatted(where, breed.size(), events.size() - notDue, missing,
                    twice + notDue, copiesOfSame, vroeg, pct(after, 0.5), pct(after, 0.99)));
        }

        private String pct(List<Duration> sorted, double q) {
            if (sorted.isEmpty()) {
                return "—";
            }
            Duration d = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
            return d.toMillis() + " ms";
        }

        boolean clean() {
            return lost == 0 && doubled == 0 && early == 0 && doubledRows == 0 && dueOpen == 0;
        }

        String table() {
            StringBuilder b = new StringBuilder();
            b.append("**Result: lost ").append(lost).append(", doubled ").append(doubled + doubledRows).append(", broadcasts early ")
                    .append(early).append(", due vacancies still open ").append(dueOpen).append(clean() ? " — clean" : " — NOT CLEAN")
                    .append("** (copies of one event redelivered and dropped by event id: ").append(redelivered).append(")\n\n");
            b.append("Acknowledged writes (a 2xx answer), and what the owning database holds:\n\n");
            b.append("| write | acknowledged | found | lost | no answer (outcome unknown) | stored beyond acknowledged | unexplained (doubled) |\n");
            b.append("|---|---|---|---|---|---|---|\n");
            writes.forEach(w -> b.append(w).append('\n'));
            b.append("\nThe same request stored twice (a contact request per subject, a candidate per reference, a proposal per "
                    + "vacancy and candidate): ").append(doubledRows).append("\n\n");
            b.append("Effects in another service:\n\n| effect | expected | lost | doubled |\n|---|---|---|---|\n");
            effects.forEach(w -> b.append(w).append('\n'));
            b.append("\nBroadcasts (a vacancy whose own-caseload window closed), per receiver: distinct events per vacancy must be 1, "
                    + "none before the window closed (record time and event time):\n\n");
            b.append("| receiver | due | received | lost | doubled (2+ distinct events, or not due) | redelivered copies (same event id) "
                    + "| early | after the deadline p50 | p99 |\n|---|---|---|---|---|---|---|---|---|\n");
            broadcasts.forEach(w -> b.append(w).append('\n'));
            return b.toString();
        }

        void print() {
            System.out.println(table());
        }
    }

    private void writeDoc(Report report, Instant begin, String load) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append('\n');
        b.append("Run of ").append(DateTimeFormatter.ISO_INSTANT.format(begin.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .append(" with `").append(o.command).append("` (commit ").append(o.commit).append(").\n\n");
        b.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; load average ").append(load).append('\n');
        b.append("- Load: ").append(o.loadSeconds).append(" s, ").append(o.workers).append(" clients; own-caseload window ")
                .append(o.windowSeconds).append(" s; faults requested ").append(faultsAt == null ? "—" : Duration.between(begin, faultsAt).toSeconds() + " s")
                .append(" into the run, done in ").append(faultsAt == null || faultsDone == null ? "—" : Duration.between(faultsAt, faultsDone).toMillis() + " ms")
                .append(" (").append(o.faultsDescription).append(")\n");
        b.append("- Requests repeated after no answer or a 5xx (only the safe ones): ").append(herhaald.get())
                .append("; sent to the other replica after a refused connection: ").append(omgeleid.get()).append('\n');
        b.append("- Answers that refused a write: ").append(geweigerd.isEmpty() ? "none" : new java.util.TreeMap<>(geweigerd).toString()).append('\n');
        b.append("- Webhook deliveries received: ").append(webhookOntvangsten.get()).append(" (").append(webhookOntvangen.size())
                .append(" distinct events)\n\n");
        b.append(report.table());
        b.append(END).append('\n');
        String doc = Files.exists(o.out) ? Files.readString(o.out) : "";
        int i = doc.indexOf(BEGIN);
        int j = doc.indexOf(END);
        String updated = i >= 0 && j > i ? doc.substring(0, i) + b + doc.substring(j + END.length() + 1) : doc + "\n" + b;
        Files.writeString(o.out, updated);
        log("figures written to " + o.out);
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> retry(Call call, int status) throws Exception {
        return retryWhile(call, r -> r.statusCode() != status && r.statusCode() >= 500, Duration.ofSeconds(60));
    }

    private static HttpResponse<String> retryWhile(Call call, java.util.function.Predicate<HttpResponse<String>> again, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = call.send();
        while (again.test(response) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            response = call.send();
        }
        return response;
    }

    /** To one of the service's replicas in turn; a refused connection (it is down) goes to the next one. */
    private HttpResponse<String> send(String service, String method, String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        List<Integer> replicas = ports.get(service);
        int start = roundRobin.computeIfAbsent(service, k -> new AtomicInteger()).getAndIncrement();
        IOException last = null;
        for (int i = 0; i < replicas.size(); i++) {
            int port = replicas.get(Math.floorMod(start + i, replicas.size()));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
            headers.forEach(request::header);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException refused) {
                last = refused; // nothing reached that replica: the next one may take it
                omgeleid.incrementAndGet();
            }
        }
        throw last;
    }

    private static String expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private String token(String role, String partnerCode, String sub) throws Exception {
        return DevToken.sign(o.key, role, partnerCode, sub, DevToken.lifetime(role));
    }

    private Connection db(String name) throws SQLException {
        return DriverManager.getConnection(o.jdbc + "/" + name, "postgres", "postgres");
    }

    /** One array parameter (typed Object, so that varargs does not spread it into one parameter per id). */
    private static Object ids(Collection<String> ids) {
        return ids.toArray(String[]::new);
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof String[] array) {
                    s.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private int onbekend(String kind) {
        AtomicInteger n = onbekend.get(kind);
        return n == null ? 0 : n.get();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0]
                    + " " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[1]
                    + " " + Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void sleepUntil(Instant t) throws InterruptedException {
        long millis = Duration.between(Instant.now(), t).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void log(String message) {
        System.out.println("chaos: " + message);
        System.out.flush();
    }

    record Options(List<Integer> account, List<Integer> vacancy, List<Integer> matching, List<Integer> reporting, int webhookPort,
                   String bootstrap, String jdbc, int windowSeconds, int loadSeconds, int settleSeconds, int workers, int pauseMillis,
                   Path faultsRequest, Path faultsDone, String faultsDescription, Path out, String command, String commit, Path key) {

        static Options parse(String[] args) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
                m.put(args[i].substring(2), args[++i]);
            }
            return new Options(ports(m, "account"), ports(m, "vacancy"), ports(m, "matching"), ports(m, "reporting"),
                    Integer.parseInt(need(m, "webhook-port")), need(m, "bootstrap"), need(m, "jdbc"),
                    Integer.parseInt(m.getOrDefault("window-seconds", "40")), Integer.parseInt(m.getOrDefault("load-seconds", "90")),
                    Integer.parseInt(m.getOrDefault("settle-seconds", "180")), Integer.parseInt(m.getOrDefault("workers", "4")),
                    Integer.parseInt(m.getOrDefault("pause-millis", "100")),
                    Path.of(need(m, "faults-request")), Path.of(need(m, "faults-done")),
                    m.getOrDefault("faults", "one broker and one replica of each service killed with -9, PostgreSQL restarted"),
                    Path.of(m.getOrDefault("out", "docs/reliability.md")), m.getOrDefault("command", "./wsp chaos"),
                    m.getOrDefault("commit", "unknown"), Path.of(m.getOrDefault("key", "deploy/dev-keys/dev-private.pem")));
        }

        private static List<Integer> ports(Map<String, String> m, String service) {
            return java.util.Arrays.stream(need(m, service).split(",")).map(Integer::parseInt).toList();
        }

        private static String need(Map<String, String> m, String key) {
            String v = m.get(key);
            if (v == null) {
                throw new IllegalArgumentException("chaos needs --" + key);
            }
            return v;
        }
    }
}
