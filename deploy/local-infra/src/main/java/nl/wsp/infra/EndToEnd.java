package nl.wsp.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * End-to-end checks across the four packaged services, over their public APIs and the real Kafka between them.
 * {@code ./wsp test} runs them after every module's own tests: they catch what a test of one service cannot,
 * such as two services disagreeing about an event.
 *
 * <pre>java -jar wsp-local-infra.jar e2e [--port-account 18081 …] [--key deploy/dev-keys/dev-private.pem]</pre>
 */
final class EndToEnd {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> ports;
    private final Path key;

    private EndToEnd(Map<String, Integer> ports, Path key) {
        this.ports = ports;
        this.key = key;
    }

    static void run(String[] args) throws Exception {
        Map<String, Integer> ports = new HashMap<>(Map.of("account", 18081, "vacancy", 18082, "matching", 18083, "reporting", 18084));
        Path key = Path.of("deploy", "dev-keys", "dev-private.pem");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key")) {
                key = Path.of(args[++i]);
            } else if (args[i].startsWith("--port-")) {
                ports.put(args[i].substring("--port-".length()), Integer.parseInt(args[++i]));
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.exit(new EndToEnd(ports, key).runAll());
    }

    private int runAll() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("a partner registered in account-service reaches reporting-service over Kafka", this::partnerReachesReporting);
        checks.put("every service answers problem JSON and an API-Version without a token", this::everyServiceRefusesAnonymous);
        checks.put("an adviser registered in account-service is let into reporting-service over Kafka; a sub that is no adviser is not",
                this::adviserReachesReporting);
        checks.put("an employer registered in account-service gets a vacancy in vacancy-service; its visit and broadcast reach reporting",
                this::employerVacancyAndReporting);
        checks.put("proposal, placement and early end in matching-service fill the vacancy and reach reporting",
                this::proposalPlacementAndEnd);
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            try {
                check.getValue().run();
                System.out.println("  ok    " + check.getKey());
            } catch (Exception | AssertionError e) {
                failed.add(check.getKey());
                System.out.println("  FAIL  " + check.getKey() + ": " + e.getMessage());
            }
        }
        System.out.println("e2e: " + (checks.size() - failed.size()) + " passed, " + failed.size() + " failed");
        return failed.isEmpty() ? 0 : 1;
    }

    @FunctionalInterface
    private interface Check {
        void run() throws Exception;
    }

    private void partnerReachesReporting() throws Exception {
        String code = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send("account", "POST", "/api/v1/partners", token("beheerder", null),
                """
                {"code": "%s", "naam": "E2E Werkbedrijf", "soort": "sw-bedrijf", "regio": "Midden-Brabant"}
                """.formatted(code));
        expect(created.statusCode() == 201, "registering answered " + created.statusCode() + ": " + created.body());
        awaitJson("reporting", "/api/v1/partners?regio=Midden-Brabant", token("dashboard", null),
                body -> body.toString().contains("\"" + code + "\""), Duration.ofSeconds(30));
    }

    /**
     * reporting-service learns advisers from account-service's adviser events (the frame's read model, as vacancy and
     * matching): a real adviser's token is refused (403) only until the event arrived; a made-up {@code sub} with the
     * same partner stays refused.
     */
    private void adviserReachesReporting() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String partner = "e2e-gemeente-" + suffix;
        String beheerder = token("beheerder", null);
        expectStatus(send("account", "POST", "/api/v1/partners", beheerder, """
                {"code": "%s", "naam": "E2E Gemeente", "soort": "gemeente", "regio": "Amersfoort"}""".formatted(partner)), 201);
        String adviseurId = json.readTree(expectStatus(send("account", "POST", "/api/v1/adviseurs", beheerder, """
                {"partner": "%s", "gebruikersnaam": "e2e-r-%s", "naam": "E2E Adviseur"}""".formatted(partner, suffix)), 201)).path("id").asText();
        String adviseur = DevToken.sign(key, "adviseur", partner, adviseurId, Duration.ofMinutes(30));
        expectStatus(retryWhile(() -> send("reporting", "GET", "/api/v1/partners?regio=Amersfoort", adviseur, null),
                r -> r.statusCode() == 403, Duration.ofSeconds(30)), 200);
        String verzonnen = DevToken.sign(key, "adviseur", partner, UUID.randomUUID().toString(), Duration.ofMinutes(30));
        expectStatus(send("reporting", "GET", "/api/v1/partners?regio=Amersfoort", verzonnen, null), 403);
    }

    /**
     * account-service's employer and adviser events let vacancy-service accept a vacancy from the account manager; the
     * company visit (account) and the early broadcast (vacancy) are counted by reporting-service.
     */
    private void employerVacancyAndReporting() throws Exception {
        String dashboard = token("dashboard", null);
        String stuurgroep = "/api/v1/rapportages/stuurgroep?regio=Amersfoort&jaar=" + java.time.Year.now(java.time.ZoneOffset.UTC);
        int bezoekenVoor = count(stuurgroep, dashboard, "bedrijfsbezoeken");
        int breedVoor = count(stuurgroep, dashboard, "vacaturesBreedUitgezet");

        Opgezet o = werkgeverMetVacature(2);
        expectStatus(send("account", "POST", "/api/v1/werkgevers/" + o.werkgeverId() + "/contactmomenten", token("beheerder", null), """
                {"soort": "bezoek", "datum": "%s", "adviseurId": "%s", "samenvatting": "Kennismaking"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC), o.adviseurId())), 201);
        expectStatus(send("vacancy", "POST", "/api/v1/vacatures/" + o.vacatureId() + "/breed-uitzetten", o.accountmanager(), "{}"), 200);

        awaitJson("reporting", stuurgroep, dashboard, body -> body.path("bedrijfsbezoeken").asInt() > bezoekenVoor
                && body.path("vacaturesBreedUitgezet").asInt() > breedVoor, Duration.ofSeconds(30));
    }

    /**
     * The whole mediation crosses three services: a partner system pushes a candidate, the account manager proposes
     * them for their vacancy, the employer hires, the placement fills the only position (vacancy-service closes the
     * vacancy) and is counted by reporting; an early end shows in reporting's durability table.
     */
    private void proposalPlacementAndEnd() throws Exception {
        Opgezet o = werkgeverMetVacature(1);
        String systeem = token("partnersysteem", o.partner());
        // 403 until matching-service has the partner's event (it refuses a partner it does not know)
        String kandidaten = expectStatus(retryWhile(() -> send("matching", "POST", "/api/v1/kandidaten", systeem, """
                {"kandidaten": [{"referentie": "E2E-%s", "woongemeente": "Amersfoort", "doelgroepen": ["bijstand"],
                  "urenPerWeek": 36, "mobiliteit": {"maximaleReisafstandKm": 15}, "gewensteBeroepen": ["%s"],
                  "opleidingsniveau": "mbo-2"}]}""".formatted(o.suffix(), ESCO_MONTEUR)),
                r -> r.statusCode() == 403, Duration.ofSeconds(30)), 200);
        JsonNode item = json.readTree(kandidaten).path("resultaten").path(0);
        expect(item.path("resultaat").asText().equals("aangemaakt"), "candidate not created: " + item);
        String kandidaatId = item.path("id").asText();

        String dashboard = token("dashboard", null);
        String jaar = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC));
        String stuurgroep = "/api/v1/rapportages/stuurgroep?regio=Amersfoort&jaar=" + jaar;
        int plaatsingenVoor = count(stuurgroep, dashboard, "plaatsingen");

        HttpResponse<String> voorgedragen = retryWhile(() -> send("matching", "POST", "/api/v1/voordrachten", o.accountmanager(), """
                {"vacatureId": "%s", "kandidaatId": "%s"}""".formatted(o.vacatureId(), kandidaatId)),
                r -> r.statusCode() == 403 || r.statusCode() == 404 || r.statusCode() == 409 && r.body().contains("vacature"),
                Duration.ofSeconds(30)); // 403 until matching-service has the adviser's event
        String voordrachtId = json.readTree(expectStatus(voorgedragen, 201)).path("id").asText();
        for (String uitkomst : List.of("uitgenodigd", "aangenomen")) {
            expectStatus(send("matching", "POST", "/api/v1/voordrachten/" + voordrachtId + "/uitkomst", o.accountmanager(),
                    "{\"uitkomst\": \"" + uitkomst + "\"}"), 200);
        }
        String vandaag = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String plaatsingId = json.readTree(expectStatus(send("matching", "POST", "/api/v1/plaatsingen", o.accountmanager(), """
                {"voordrachtId": "%s", "startdatum": "%s", "contractvorm": "tijdelijk", "contractduurMaanden": 12,
                 "urenPerWeek": 36}""".formatted(voordrachtId, vandaag)), 201)).path("id").asText();

        awaitJson("vacancy", "/api/v1/vacatures/" + o.vacatureId(), o.accountmanager(),
                body -> body.path("status").asText().equals("vervuld"), Duration.ofSeconds(30));
        awaitJson("reporting", stuurgroep, dashboard, body -> body.path("plaatsingen").asInt() > plaatsingenVoor, Duration.ofSeconds(30));

        String duurzaamheid = "/api/v1/rapportages/duurzaamheid?regio=Amersfoort&jaar=" + jaar;
        int beeindigdVoor = count(duurzaamheid, dashboard, "totaal", "beeindigdBinnenZesMaanden");
        expectStatus(send("matching", "POST", "/api/v1/plaatsingen/" + plaatsingId + "/beeindiging", o.accountmanager(), """
                {"einddatum": "%s", "reden": "ontslag"}""".formatted(vandaag)), 200);
        awaitJson("reporting", duurzaamheid, dashboard,
                body -> body.path("totaal").path("beeindigdBinnenZesMaanden").asInt() > beeindigdVoor, Duration.ofSeconds(30));
    }

    private record Opgezet(String suffix, String partner, String adviseurId, String werkgeverId, String vacatureId,
                           String accountmanager) {
    }

    /** A fresh partner, adviser, employer (with that adviser as account manager) and an open vacancy of theirs. */
    private Opgezet werkgeverMetVacature(int posities) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String partner = "e2e-gemeente-" + suffix;
        String beheerder = token("beheerder", null);
        expectStatus(send("account", "POST", "/api/v1/partners", beheerder, """
                {"code": "%s", "naam": "E2E Gemeente", "soort": "gemeente", "regio": "Amersfoort"}""".formatted(partner)), 201);
        String adviseurId = json.readTree(expectStatus(send("account", "POST", "/api/v1/adviseurs", beheerder, """
                {"partner": "%s", "gebruikersnaam": "e2e-%s", "naam": "E2E Adviseur"}""".formatted(partner, suffix)), 201)).path("id").asText();
        String kvk = String.valueOf(10_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 89_999_999L));
        String werkgeverId = json.readTree(expectStatus(send("account", "POST", "/api/v1/werkgevers", beheerder, """
                {"kvkNummer": "%s", "naam": "E2E Installatietechniek B.V.", "vestigingsgemeente": "Amersfoort", "sector": "techniek",
                 "aantalWerknemers": 40, "accountmanagerId": "%s"}""".formatted(kvk, adviseurId)), 201)).path("id").asText();
        String accountmanager = DevToken.sign(key, "adviseur", partner, adviseurId, Duration.ofMinutes(30));
        String vacature = """
                {"werkgeverId": "%s", "titel": "Monteur elektrische installaties", "escoBeroep": "%s", "urenPerWeek": 36,
                 "aantalPosities": %d, "werklocatieGemeente": "Amersfoort", "contractvorm": "vast"}""".formatted(werkgeverId, ESCO_MONTEUR, posities);
        HttpResponse<String> geopend = retryWhile(() -> send("vacancy", "POST", "/api/v1/vacatures", accountmanager, vacature),
                r -> r.statusCode() == 403 || r.statusCode() == 404 || r.statusCode() == 422, Duration.ofSeconds(30)); // 403 until the partner and adviser events arrived
        String vacatureId = json.readTree(expectStatus(geopend, 201)).path("id").asText();
        return new Opgezet(suffix, partner, adviseurId, werkgeverId, vacatureId, accountmanager);
    }

    /** ESCO v1.1.1 "monteur elektrische installaties" (electrician, ISCO 7411). */
    private static final String ESCO_MONTEUR = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";

    private int count(String path, String token, String... fields) throws Exception {
        HttpResponse<String> r = send("reporting", "GET", path, token, null);
        expect(r.statusCode() == 200, "GET reporting" + path + " answered " + r.statusCode() + ": " + r.body());
        JsonNode node = json.readTree(r.body());
        for (String field : fields) {
            node = node.path(field);
        }
        return node.asInt();
    }

    private String expectStatus(HttpResponse<String> response, int status) {
        expect(response.statusCode() == status, response.request().method() + " " + response.uri().getPath() + " answered "
                + response.statusCode() + " (expected " + status + "): " + response.body());
        return response.body();
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> retryWhile(Call call, Predicate<HttpResponse<String>> again, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = call.send();
        while (again.test(response) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = call.send();
        }
        return response;
    }

    private void everyServiceRefusesAnonymous() throws Exception {
        for (String service : List.of("account", "vacancy", "matching", "reporting")) {
            HttpResponse<String> r = send(service, "GET", "/api/v1/partners", null, null);
            expect(r.statusCode() == 401 || r.statusCode() == 404, service + " answered " + r.statusCode() + " without a token");
            expect(r.headers().firstValue("API-Version").isPresent(), service + " sent no API-Version header");
            expect(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    service + " answered " + r.headers().firstValue("Content-Type").orElse("no content type"));
        }
    }

    private JsonNode awaitJson(String service, String path, String token, Predicate<JsonNode> wanted, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = send(service, "GET", path, token, null);
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200) {
                JsonNode body = json.readTree(r.body());
                if (wanted.test(body)) {
                    return body;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + service + path + " did not show it within " + timeout.toSeconds() + " s; last: "
                + last.substring(0, Math.min(300, last.length())));
    }

    private HttpResponse<String> send(String service, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String role, String partner) throws Exception {
        return DevToken.sign(key, role, partner, "e2e-" + role, DevToken.lifetime(role));
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
