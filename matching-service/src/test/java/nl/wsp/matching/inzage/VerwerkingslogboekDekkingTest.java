package nl.wsp.matching.inzage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.Kandidaten;
import nl.wsp.testsupport.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 2: walks this service's OpenAPI document and, for every operation that returns candidate data (its
 * path is under {@code /kandidaten}, or it belongs to a resource whose answers have a {@code kandidaatId} at any
 * depth), calls it on a candidate
 * and requires a new row for that candidate in the processing log. An operation the walk finds but no scenario below
 * calls fails the test too: a new endpoint on candidate data needs its scenario, and then its row.
 */
@QuarkusTest
class VerwerkingslogboekDekkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void klokVast() {
        klok.zetOp(Stroom.T);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void elke_operatie_die_kandidaatgegevens_teruggeeft_laat_een_regel_in_het_verwerkingslogboek() throws Exception {
        Set<String> metKandidaatgegevens = operatiesMetKandidaatgegevens();

        Stroom s = new Stroom(em);
        UUID k = s.kandidaat();
        s.vacature();
        Map<String, Long> nieuweRegels = new LinkedHashMap<>();
        Map<String, Integer> status = new LinkedHashMap<>();

        roep(nieuweRegels, status, "leverKandidatenAan", k, () -> Kandidaten.push(s.partner,
                List.of(Kandidaten.volledig(referentieVan(s, k)))).extract().statusCode()); // unchanged re-push
        roep(nieuweRegels, status, "lijstKandidaatWijzigingen", k, () -> given().auth().oauth2(s.partnersysteem())
                .queryParam("limiet", 200).get("/api/v1/kandidaten/wijzigingen").statusCode());
        roep(nieuweRegels, status, "leesKandidaat", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/kandidaten/{id}", k).statusCode());
        roep(nieuweRegels, status, "zoekVacaturesVoorKandidaat", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("limiet", 200).get("/api/v1/kandidaten/{id}/matches", k).statusCode());
        roep(nieuweRegels, status, "zoekKandidatenVoorVacature", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("limiet", 200).get("/api/v1/vacatures/{id}/matches", s.vacature).statusCode());
        roep(nieuweRegels, status, "draagKandidaatVoor", k, () -> s.draagVoor().extract().statusCode());
        roep(nieuweRegels, status, "leesVoordracht", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/voordrachten/{id}", s.voordracht).statusCode());
        roep(nieuweRegels, status, "lijstVoordrachten", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("kandidaatId", k).get("/api/v1/voordrachten").statusCode());
        roep(nieuweRegels, status, "registreerUitkomst", k, () -> s.uitkomst("aangenomen").extract().statusCode());
        s.instrument();
        roep(nieuweRegels, status, "vraagInstrumentInzetAan", k, () -> {
            var r = s.vraagInzetAan();
            s.inzet = r.extract().path("id");
            return r.extract().statusCode();
        });
        s.afgewezenInzet = s.vraagInzetAan().statusCode(201).extract().path("id");
        roep(nieuweRegels, status, "keurInstrumentInzetGoed", k, () -> s.besluit(s.inzet, "goedkeuring", null).extract().statusCode());
        roep(nieuweRegels, status, "wijsInstrumentInzetAf", k, () -> s.besluit(s.afgewezenInzet, "afwijzing", "budget op")
                .extract().statusCode());
        // issue 18 item 3: the extension step of a trial placement
        String teVerlengen = s.goedgekeurdeProefplaatsing();
        roep(nieuweRegels, status, "verlengInstrumentInzet", k, () -> given().auth().oauth2(s.adviseur())
                .contentType("application/json").body("{\"maanden\": 1}")
                .post("/api/v1/instrument-inzetten/{id}/verlenging", teVerlengen).statusCode());
        roep(nieuweRegels, status, "leesInstrumentInzet", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/instrument-inzetten/{id}", s.inzet).statusCode());
        roep(nieuweRegels, status, "lijstInstrumentInzetten", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("betalendePartner", s.partner).get("/api/v1/instrument-inzetten").statusCode());
        roep(nieuweRegels, status, "plaatsKandidaat", k, () -> s.plaats().extract().statusCode());
        roep(nieuweRegels, status, "leesPlaatsing", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/plaatsingen/{id}", s.plaatsing).statusCode());
        roep(nieuweRegels, status, "lijstNazorgVanPlaatsing", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/plaatsingen/{id}/nazorg", s.plaatsing).statusCode());
        klok.zetOp(Instant.parse("2031-07-01T08:00:00Z"));
        roep(nieuweRegels, status, "lijstNazorgmomenten", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("partner", s.partner).queryParam("limiet", 200).get("/api/v1/nazorgmomenten").statusCode());
        roep(nieuweRegels, status, "registreerNazorg", k, () -> s.nazorg("reistijd valt zwaar").extract().statusCode());
        klok.zetOp(Instant.parse("2031-08-16T10:00:00Z"));
        roep(nieuweRegels, status, "beeindigPlaatsing", k, () -> given().auth().oauth2(s.adviseur())
                .contentType("application/json").body("{\"einddatum\": \"2031-08-15\", \"reden\": \"ontslag\"}")
                .post("/api/v1/plaatsingen/{id}/beeindiging", s.plaatsing).statusCode());
        roep(nieuweRegels, status, "leesInzage", k, () -> given().auth().oauth2(s.partnersysteem())
                .get("/api/v1/kandidaten/{id}/inzage", k).statusCode());
        roep(nieuweRegels, status, "trekKandidaatIn", k, () -> given().auth().oauth2(s.partnersysteem())
                .contentType("application/json").body("{\"reden\": \"verhuisd\"}")
                .post("/api/v1/kandidaten/{id}/intrekken", k).statusCode());
        // issue 18 item 4 (ADR 0046): a handover of another candidate of the partner to a second partner of Amersfoort
        UUID over = s.kandidaat();
        String ontvanger = Kandidaten.partner();
        nl.wsp.matching.TestPartners.bekend(em, ontvanger, "Amersfoort");
        String[] overdracht = new String[1];
        roep(nieuweRegels, status, "biedKandidaatAan", over, () -> {
            var r = given().auth().oauth2(s.partnersysteem()).contentType("application/json")
                    .body(Map.of("kandidaatId", over.toString(), "naarPartner", ontvanger, "reden", "einde-ww"))
                    .post("/api/v1/overdrachten").then();
            overdracht[0] = r.extract().path("id");
            return r.extract().statusCode();
        });
        roep(nieuweRegels, status, "leesOverdracht", over, () -> given().auth().oauth2(s.partnersysteem())
                .get("/api/v1/overdrachten/{id}", overdracht[0]).statusCode());
        roep(nieuweRegels, status, "lijstOverdrachten", over, () -> given().auth().oauth2(s.partnersysteem())
                .get("/api/v1/overdrachten").statusCode());
        roep(nieuweRegels, status, "aanvaardOverdracht", over, () -> given().auth().oauth2(nl.wsp.matching.TestBellers.partnersysteem(ontvanger))
                .contentType("application/json").body(Map.of("referentie", "OVER-" + UUID.randomUUID()))
                .post("/api/v1/overdrachten/{id}/aanvaarding", overdracht[0]).statusCode());
        UUID geweigerd = s.kandidaat();
        String[] tweedeOverdracht = new String[1];
        tweedeOverdracht[0] = given().auth().oauth2(s.partnersysteem()).contentType("application/json")
                .body(Map.of("kandidaatId", geweigerd.toString(), "naarPartner", ontvanger, "reden", "verhuizing"))
                .post("/api/v1/overdrachten").then().statusCode(201).extract().path("id");
        roep(nieuweRegels, status, "weigerOverdracht", geweigerd, () -> given().auth().oauth2(nl.wsp.matching.TestBellers.partnersysteem(ontvanger))
                .contentType("application/json").body(Map.of("reden", "niet onze inwoner"))
                .post("/api/v1/overdrachten/{id}/weigering", tweedeOverdracht[0]).statusCode());
        // issue 18 item 4 (ADR 0048): a trajectory of the candidate
        String[] traject = new String[1];
        roep(nieuweRegels, status, "startTraject", k, () -> {
            var r = given().auth().oauth2(s.adviseur()).contentType("application/json")
                    .body(Map.of("kandidaatId", k.toString(), "soort", "orientatieplek", "startdatum", "2031-02-01")).post("/api/v1/trajecten").then();
            traject[0] = r.extract().path("id");
            return r.extract().statusCode();
        });
        roep(nieuweRegels, status, "leesTraject", k, () -> given().auth().oauth2(s.adviseur())
                .get("/api/v1/trajecten/{id}", traject[0]).statusCode());
        roep(nieuweRegels, status, "lijstTrajecten", k, () -> given().auth().oauth2(s.adviseur())
                .queryParam("kandidaatId", k).get("/api/v1/trajecten").statusCode());
        roep(nieuweRegels, status, "rondTrajectAf", k, () -> given().auth().oauth2(s.adviseur()).contentType("application/json")
                .body(Map.of("einddatum", "2031-03-01", "uitkomst", "naar-werk")).post("/api/v1/trajecten/{id}/afronding", traject[0]).statusCode());
        UUID tweede = s.kandidaat();
        roep(nieuweRegels, status, "wisKandidaat", tweede, () -> given().auth().oauth2(s.partnersysteem())
                .delete("/api/v1/kandidaten/{id}", tweede).statusCode());
        UUID derde = s.kandidaat();
        roep(nieuweRegels, status, "wisKandidaatPerPost", derde, () -> given().auth().oauth2(s.partnersysteem())
                .post("/api/v1/kandidaten/{id}/wissen", derde).statusCode());

        assertThat(status).as("every scenario succeeded").allSatisfy((op, code) -> assertThat(code).as(op).isBetween(200, 299));
        Set<String> zonderScenario = new TreeSet<>(metKandidaatgegevens);
        zonderScenario.removeAll(nieuweRegels.keySet());
        assertThat(zonderScenario).as("operations returning candidate data that no scenario calls: add one").isEmpty();
        List<String> zonderRegel = new ArrayList<>();
        nieuweRegels.forEach((op, n) -> {
            if (n < 1) {
                zonderRegel.add(op);
            }
        });
        assertThat(zonderRegel).as("operations returning candidate data that left no row in the processing log").isEmpty();
        // the closing note of issue 14: operations returning personal data, and how many are logged
        assertThat(metKandidaatgegevens).hasSize(nieuweRegels.size());
        System.out.printf("processing log coverage: %d operations return candidate data, %d leave a row%n",
                metKandidaatgegevens.size(), nieuweRegels.size() - zonderRegel.size());
    }

    @Test
    void de_walk_vindt_de_operaties_die_kandidaatgegevens_teruggeven_en_niet_de_andere() throws Exception {
        Set<String> ops = operatiesMetKandidaatgegevens();
        assertThat(ops).contains("leesVoordracht", "lijstVoordrachten", "leesInstrumentInzet", "leesPlaatsing",
                "lijstKandidaatWijzigingen", "vraagInstrumentInzetAan", "leverKandidatenAan", "leesInzage",
                "registreerUitkomst", "registreerNazorg", "beeindigPlaatsing");
        assertThat(ops).doesNotContain("zoekBeroepen", "zoekVaardigheden", "lijstInstrumenten", "leesRegiofonds",
                "richtRegiofondsIn");
    }

    private interface Aanroep {
        int doe() throws Exception;
    }

    private void roep(Map<String, Long> nieuweRegels, Map<String, Integer> status, String operatie, UUID kandidaat, Aanroep a)
            throws Exception {
        Stroom s = new Stroom(em);
        long voor = s.logregels(kandidaat);
        status.put(operatie, a.doe());
        nieuweRegels.put(operatie, s.logregels(kandidaat) - voor);
    }

    private String referentieVan(Stroom s, UUID k) {
        return given().auth().oauth2(s.partnersysteem()).get("/api/v1/kandidaten/{id}", k).then().statusCode(200)
                .extract().path("referentie");
    }

    /**
     * The operationIds on candidate data: under {@code /kandidaten}, or under a resource (first path segment) of which
     * some operation's 2xx answer names a {@code kandidaatId} at any depth — so an operation whose own 2xx answer the
     * document omits (some POSTs document only their errors) still counts with its resource.
     */
    private static Set<String> operatiesMetKandidaatgegevens() throws Exception {
        JsonNode doc = JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        JsonNode schemas = doc.path("components").path("schemas");
        Map<String, List<String>> perResource = new LinkedHashMap<>();
        Set<String> resourcesMetKandidaat = new HashSet<>(Set.of("/kandidaten"));
        for (Iterator<Map.Entry<String, JsonNode>> paden = doc.path("paths").fields(); paden.hasNext(); ) {
            Map.Entry<String, JsonNode> pad = paden.next();
            String p = pad.getKey().replaceFirst("^/api/v1", "");
            String resource = p.replaceFirst("^(/[^/]+).*$", "$1");
            for (Iterator<Map.Entry<String, JsonNode>> ops = pad.getValue().fields(); ops.hasNext(); ) {
                JsonNode op = ops.next().getValue();
                if (!op.has("operationId")) {
                    continue;
                }
                perResource.computeIfAbsent(resource, r -> new ArrayList<>()).add(op.get("operationId").asText());
                for (Iterator<Map.Entry<String, JsonNode>> antwoorden = op.path("responses").fields(); antwoorden.hasNext(); ) {
                    Map.Entry<String, JsonNode> antwoord = antwoorden.next();
                    if (antwoord.getKey().startsWith("2")) {
                        for (JsonNode inhoud : antwoord.getValue().path("content")) {
                            if (noemtKandidaat(inhoud.path("schema"), schemas, new HashSet<>())) {
                                resourcesMetKandidaat.add(resource);
                            }
                        }
                    }
                }
            }
        }
        Set<String> gevonden = new TreeSet<>();
        perResource.forEach((resource, ops) -> {
            if (resourcesMetKandidaat.contains(resource)) {
                gevonden.addAll(ops);
            }
        });
        return gevonden;
    }

    private static boolean noemtKandidaat(JsonNode schema, JsonNode schemas, Set<String> gezien) {
        if (schema == null || schema.isMissingNode()) {
            return false;
        }
        if (schema.has("$ref")) {
            String naam = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
            return gezien.add(naam) && noemtKandidaat(schemas.path(naam), schemas, gezien);
        }
        if (schema.path("properties").has("kandidaatId")) {
            return true;
        }
        for (JsonNode eigenschap : schema.path("properties")) {
            if (noemtKandidaat(eigenschap, schemas, gezien)) {
                return true;
            }
        }
        for (String samengesteld : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode deel : schema.path(samengesteld)) {
                if (noemtKandidaat(deel, schemas, gezien)) {
                    return true;
                }
            }
        }
        return noemtKandidaat(schema.path("items"), schemas, gezien)
                || noemtKandidaat(schema.path("additionalProperties"), schemas, gezien);
    }
}
