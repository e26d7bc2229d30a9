package nl.wsp.matching.benchmark;

import nl.wsp.matching.TestBellers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.kandidaat.Codes;
import nl.wsp.testsupport.BenchmarkFigures;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sustained bulk ingest: 100,000 generated candidates pushed over HTTP in batches of 1,000, beside a raw
 * PostgreSQL COPY of the same rows into the same table, in the same run. Writes target/benchmark-intake.md.
 *
 * <pre>./wsp bench matching -Dtest=KandidaatIntakeBenchmark</pre>
 */
@QuarkusTest
@Tag("benchmark")
class KandidaatIntakeBenchmark {

    static final int TOTAAL = Integer.getInteger("wsp.bench.kandidaten", 100_000);
    static final int BATCH = 1_000;
    static final int OPWARMEN = 20;
    static final List<String> GEMEENTEN = List.of("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg");
    static final List<String> VOORNAMEN = List.of("Sanne", "Mohamed", "Fleur", "Daan", "Aylin", "Kees", "Noor", "Priya", "Bram", "Yara");
    static final List<String> ACHTERNAMEN = List.of("de Vries", "Jansen", "Bakker", "El Idrissi", "Visser", "Yilmaz", "Smit", "Mulder");

    @Inject
    AgroalDataSource db;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/v1/kandidaten")
    URL url;

    @Test
    void bulk_intake_naast_copy() throws Exception {
        List<String> beroepen = new ArrayList<>();
        List<String> vaardigheden = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT uri FROM esco_beroep ORDER BY uri")) {
                while (rs.next()) beroepen.add(rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT uri FROM esco_vaardigheid WHERE hergebruik IN ('cross-sector', 'transversal') ORDER BY uri")) {
                while (rs.next()) vaardigheden.add(rs.getString(1));
            }
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        String partner = "bench-" + run;
        int afzenders = Integer.getInteger("wsp.bench.afzenders", 4);
        Random random = new Random(42);
        List<String> batches = new ArrayList<>();
        long bytes = 0;
        for (int b = 0; b < TOTAAL / BATCH; b++) {
            ArrayNode items = json.createArrayNode();
            for (int i = 0; i < BATCH; i++) {
                items.add(kandidaat(random, run + "-n" + (b * BATCH + i), beroepen, vaardigheden)); // "n": no 9-digit run a BSN check would refuse
            }
            ObjectNode body = json.createObjectNode();
            body.set("kandidaten", items);
            String text = json.writeValueAsString(body);
            assertThat(text.length()).as("a batch fits the 1 MiB body limit").isLessThan(1024 * 1024);
            bytes += text.length();
            batches.add(text);
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // several partner systems push at once, each its own candidates (as the partners' systems do)
        List<String> tokens = new ArrayList<>();
        for (int a = 0; a < afzenders; a++) {
            tokens.add(TestBellers.partnersysteem(partner + "-" + a));
        }
        // warm-up on another partner until the JIT has compiled the intake path (on 2 cores its compiler threads would
        // otherwise compete with the measured run): sustained ingest is the steady state
        String warm = "warm-" + run;
        for (int w = 0; w < OPWARMEN; w++) {
            post(http, TestBellers.partnersysteem(warm), batches.get(w).replace("\"BEN-", "\"WRM-"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(afzenders);
        java.util.concurrent.atomic.AtomicInteger volgende = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<Integer>> werk = new ArrayList<>();
        String[] verzondenDoor = new String[batches.size()];
        long start = System.nanoTime();
        for (int a = 0; a < afzenders; a++) {
            String afzender = tokens.get(a);
            werk.add(pool.submit(() -> {
                int n = 0;
                for (int b = volgende.getAndIncrement(); b < batches.size(); b = volgende.getAndIncrement()) {
                    verzondenDoor[b] = afzender;
                    n += post(http, afzender, batches.get(b)).get("aangemaakt").asInt();
                }
                return n;
            }));
        }
        int aangemaakt = 0;
        for (var w : werk) {
            aangemaakt += w.get();
        }
        double httpSeconden = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        assertThat(aangemaakt).isEqualTo(TOTAAL);

        long startOngewijzigd = System.nanoTime();
        int ongewijzigd = 0;
        for (int b = 0; b < 10; b++) {
            ongewijzigd += post(http, verzondenDoor[b], batches.get(b)).get("ongewijzigd").asInt();
        }
        double ongewijzigdSeconden = (System.nanoTime() - startOngewijzigd) / 1e9;
        assertThat(ongewijzigd).isEqualTo(10 * BATCH);

        // The same rows, as the HTTP path stored them, with fresh ids under another partner: exported first (untimed),
        // then COPYed into the same table with the same indexes and constraints (timed).
        String kolommen = "id, partner, referentie, status, woongemeente, doelgroepen, profiel, persoonsgegevens, "
                + "profiel_hash, volledigheid, ontbrekende_velden, aangemaakt_op, gewijzigd_op";
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        double copySeconden;
        try (Connection c = db.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            pg.getCopyAPI().copyOut("COPY (SELECT gen_random_uuid(), 'copy-" + run + "', referentie, status, woongemeente, "
                    + "doelgroepen, profiel, persoonsgegevens, profiel_hash, volledigheid, ontbrekende_velden, aangemaakt_op, "
                    + "gewijzigd_op FROM kandidaat WHERE partner LIKE '" + partner + "-%') TO STDOUT", export);
            long copyStart = System.nanoTime();
            long rijen = pg.getCopyAPI().copyIn("COPY kandidaat (" + kolommen + ") FROM STDIN",
                    new ByteArrayInputStream(export.toByteArray()));
            copySeconden = (System.nanoTime() - copyStart) / 1e9;
            assertThat(rijen).isEqualTo(TOTAAL);
        }

        double httpPerSeconde = TOTAAL / httpSeconden;
        double copyPerSeconde = TOTAAL / copySeconden;
        String tabel = String.format(Locale.ROOT, """
                # Candidate intake benchmark

                %d generated candidates (Amersfoort region, real ESCO occupation and skill URIs, name, contact, about
                1 in 5 with life-domain notes), %d per request, %d partner systems pushing at once, %.1f MB of JSON.

                | path | candidates | seconds | candidates/s |
                |---|---:|---:|---:|
                | HTTP `POST /api/v1/kandidaten` (parse, validate, ESCO, hash, upsert, notes, audit, match projection) | %d | %.2f | %.0f |
                | HTTP re-push of unchanged candidates (hash equal, nothing written) | %d | %.2f | %.0f |
                | raw PostgreSQL `COPY kandidaat FROM STDIN` of the same rows | %d | %.2f | %.0f |

                **HTTP ingest is %.1f%% of COPY** (goal: ≥ 20,000 candidates/s and ≥ 50%% of COPY; a re-push of unchanged candidates ≥ 3× a changed one).

                Same machine, same run, same table and indexes (primary key, unique (partner, referentie), feed index,
                municipality foreign key). COPY writes only the candidate rows; the HTTP path also writes the
                life-domain notes, one audit row per candidate and its row of the match projection (GIN-indexed keys),
                in the same statement. Measured after %d warm-up batches of another partner (JIT compiled).

                Command: `./wsp bench matching -Dtest=KandidaatIntakeBenchmark`
                """, TOTAAL, BATCH, afzenders, bytes / 1e6, TOTAAL, httpSeconden, httpPerSeconde, 10 * BATCH, ongewijzigdSeconden,
                10 * BATCH / ongewijzigdSeconden, TOTAAL, copySeconden, copyPerSeconde, 100 * httpPerSeconde / copyPerSeconde,
                OPWARMEN);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-intake.md"), tabel);
        new BenchmarkFigures(KandidaatIntakeBenchmark.class)
                .figure("HTTP bulk intake of %,d candidates".formatted(TOTAAL), httpPerSeconde, "/s", "raw COPY", copyPerSeconde,
                        "value >= 20000 and ratio >= 0.5")
                .figure("HTTP re-push of %,d unchanged candidates".formatted(10 * BATCH), 10 * BATCH / ongewijzigdSeconden, "/s",
                        "changed push", httpPerSeconde, "ratio >= 3")
                .write();
        System.out.println(tabel);
    }

    private JsonNode post(HttpClient http, String token, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode antwoord = json.readTree(response.body());
        assertThat(antwoord.get("afgewezen").asInt()).as(response.body()).isZero();
        return antwoord;
    }

    private ObjectNode kandidaat(Random r, String nummer, List<String> beroepen, List<String> vaardigheden) {
        ObjectNode k = json.createObjectNode();
        k.put("referentie", "BEN-" + nummer);
        k.putObject("naam").put("voornaam", pick(r, VOORNAMEN)).put("achternaam", pick(r, ACHTERNAMEN));
        k.putObject("contact").put("email", "k" + nummer + "@example.nl").put("telefoon", "06-" + (10_000_000 + r.nextInt(89_999_999)));
        k.put("woongemeente", pick(r, GEMEENTEN));
        k.putArray("doelgroepen").add(pick(r, Codes.DOELGROEPEN));
        if (r.nextInt(4) == 0) {
            k.putArray("kwetsbaarheden").add(pick(r, Codes.KWETSBAARHEDEN));
        }
        k.put("jobreadySinds", "2026-0" + (1 + r.nextInt(9)) + "-01");
        k.put("urenPerWeek", 8 + r.nextInt(33));
        k.putObject("mobiliteit").put("maximaleReisafstandKm", 5 + r.nextInt(40));
        String beroep = pick(r, beroepen);
        k.putArray("gewensteBeroepen").add(beroep);
        ArrayNode v = k.putArray("vaardigheden");
        for (int i = 0; i < 3; i++) {
            v.add(pick(r, vaardigheden));
        }
        k.putArray("werkervaring").addObject().put("beroep", beroep).put("jaren", r.nextInt(15));
        k.put("opleidingsniveau", pick(r, Codes.OPLEIDINGSNIVEAUS));
        k.putArray("talen").add("nl");
        k.putArray("rijbewijzen").add("B");
        k.putArray("werknemersvaardigheden").add(pick(r, Codes.WERKNEMERSVAARDIGHEDEN)).add(pick(r, Codes.WERKNEMERSVAARDIGHEDEN));
        if (r.nextInt(5) == 0) {
            k.putArray("leefgebieden").addObject().put("gebied", pick(r, Codes.LEEFGEBIEDEN)).put("notitie", "Traject loopt, beheersbaar");
        }
        return k;
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
