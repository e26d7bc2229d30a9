package nl.wsp.matching.matchen;

import nl.wsp.matching.TestBellers;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Worked examples over real Kafka: vacancy events in, candidates pushed over REST, ranked and explained. */
@QuarkusTest
class MatchVacatureTest {

    static final String LASSER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Test
    void kwetsbaar_eerst_en_solidariteit_bij_gelijke_geschiktheid() {
        String a = partner("a");
        String b = partner("b");
        String c = partner("c");
        String d = partner("d");
        String vaardigheid = eersteVaardigheid();
        UUID gewoonA = push(a, lasser(List.of()), vaardigheid);
        UUID kwetsbaarB = push(b, lasser(List.of("50-plus")), vaardigheid);
        UUID gewoonC = push(c, lasser(List.of()), vaardigheid);
        UUID gewoonD = push(d, lasser(List.of()), vaardigheid);
        Map<String, Object> weinigUren = lasser(List.of());
        weinigUren.put("urenPerWeek", 16);
        UUID teWeinigUren = push(a, weinigUren, vaardigheid);

        int jaar = Instant.now().atZone(ZoneOffset.UTC).getYear();
        TestKafka.send("wsp.reporting.doelstelling-status", d, """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:reporting-service","type":"nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"partner":"%s","regio":"Amersfoort","jaar":%d,"doel":100,"gerealiseerd":40,"verwachtTotNu":52,"achterstand":12}}
                """.formatted(UUID.randomUUID(), d, d, jaar));
        // prioriteit-v2, the default, reads each target's progress: d has realised none of 1,000 this year
        UUID doel = UUID.randomUUID();
        TestKafka.send("wsp.reporting.doelstelling-status", doel.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:reporting-service","type":"nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"doelstellingId":"%s","regio":"Amersfoort","jaar":%d,"doelgroep":"alle","partners":["%s"],"gemeenten":[],
                         "doel":1000,"gerealiseerd":0,"vervallen":false}}
                """.formatted(UUID.randomUUID(), doel, doel, jaar, d));
        UUID vacature = UUID.randomUUID();
        stuurVacature(vacature, a, vaardigheid, Instant.now().minus(2, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.geopend.v1");

        JsonPath antwoord = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(
                () -> matches(vacature), m -> m != null && rang(m, gewoonD) < rang(m, gewoonC));

        assertThat(antwoord.getString("regelsVersie")).isEqualTo(Prioriteitsregels.VERSIE_V2);
        assertThat(antwoord.getBoolean("eigenBestandFase")).isFalse();
        // rule 5: the vulnerable candidate goes first among equally suitable ones
        assertThat(rang(antwoord, kwetsbaarB)).isLessThan(rang(antwoord, gewoonA)).isLessThan(rang(antwoord, gewoonD) + 1);
        assertThat(rang(antwoord, kwetsbaarB)).isLessThan(rang(antwoord, gewoonD));
        assertThat(antwoord.getList("resultaten.find { it.kandidaatId == '" + kwetsbaarB + "' }.voorgegaanOp.regel"))
                .contains(Prioriteitsregels.REGEL_KWETSBAAR);
        // rule 7: among the equally suitable, the partner lagging furthest behind its target goes first
        assertThat(rang(antwoord, gewoonD)).isLessThan(rang(antwoord, gewoonA));
        assertThat(rang(antwoord, gewoonD)).isLessThan(rang(antwoord, gewoonC));
        // rule 6: residence and registering partner do not change suitability; every point explained
        assertThat(antwoord.getDouble("resultaten.find { it.kandidaatId == '" + gewoonA + "' }.geschiktheid"))
                .isEqualTo(antwoord.getDouble("resultaten.find { it.kandidaatId == '" + gewoonD + "' }.geschiktheid"));
        assertThat(antwoord.getList("resultaten.find { it.kandidaatId == '" + gewoonA + "' }.factoren.naam"))
                .contains("beroep", "vereiste-vaardigheden");
        assertThat(antwoord.getList("resultaten.find { it.kandidaatId == '" + gewoonA + "' }.gematchteVaardigheden"))
                .contains(vaardigheid);
        // hard filter: too few hours never ranks
        assertThat(antwoord.getList("resultaten.kandidaatId")).doesNotContain(teWeinigUren.toString());
        assertThat(antwoord.getInt("afgevallen")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tijdens_de_eigen_bestandfase_alleen_kandidaten_van_de_accountmanager() {
        String eigen = partner("eigen");
        String ander = partner("ander");
        String vaardigheid = eersteVaardigheid();
        UUID vanEigen = push(eigen, lasser(List.of()), vaardigheid);
        UUID vanAnder = push(ander, lasser(List.of("statushouder")), vaardigheid);
        UUID vacature = UUID.randomUUID();
        stuurVacature(vacature, eigen, vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.geopend.v1");

        JsonPath binnen = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> matches(vacature, eigen), m -> m != null);
        assertThat(binnen.getBoolean("eigenBestandFase")).isTrue();
        assertThat(binnen.getList("resultaten.kandidaatId")).contains(vanEigen.toString()).doesNotContain(vanAnder.toString());
        // the other partners' candidates are not even read: the pre-selection asks for the owner's only
        assertThat(binnen.getMap("afgevallenOp")).doesNotContainKey("eigen-bestand");
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/vacatures/" + vacature + "/matches").then().statusCode(200);

        stuurVacature(vacature, eigen, vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1");
        JsonPath breed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> matches(vacature, eigen), m -> m != null && !m.getBoolean("eigenBestandFase"));
        assertThat(breed.getList("resultaten.kandidaatId")).contains(vanEigen.toString(), vanAnder.toString());
    }

    @Test
    void een_vacature_in_haar_eigen_bestandtermijn_bestaat_voor_andere_partners_niet_ook_niet_in_de_omgekeerde_match() {
        String eigen = partner("eigen");
        String ander = partner("ander");
        String vaardigheid = eersteVaardigheid();
        UUID vanEigen = push(eigen, lasser(List.of()), vaardigheid);
        UUID vacature = UUID.randomUUID();
        stuurVacature(vacature, eigen, vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.geopend.v1");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> matches(vacature, eigen), m -> m != null);

        given().auth().oauth2(Tokens.adviseur("bestaat-niet")).get("/api/v1/vacatures/" + vacature + "/matches")
                .then().statusCode(403).contentType("application/problem+json");
        for (String vreemd : List.of(TestBellers.adviseur(ander), TestBellers.adviseur("gemeente-tilburg"))) {
            given().auth().oauth2(vreemd).get("/api/v1/vacatures/" + vacature + "/matches")
                    .then().statusCode(404).contentType("application/problem+json")
                    .header("Retry-After", "2") // as for a vacancy not yet arrived: a 404 never tells which ids exist
                    .body("type", org.hamcrest.Matchers.equalTo("urn:nl:wsp:probleem:niet-gevonden"));
        }
        assertThat(given().auth().oauth2(TestBellers.adviseur(ander)).queryParam("limiet", 200).get("/api/v1/kandidaten/" + vanEigen + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("resultaten.vacatureId")).doesNotContain(vacature.toString());
        // an adviser of another region does not see the candidate at all (advisers work for their own region)
        given().auth().oauth2(TestBellers.adviseur("gemeente-tilburg")).queryParam("limiet", 200).get("/api/v1/kandidaten/" + vanEigen + "/matches")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(given().auth().oauth2(TestBellers.adviseur(eigen)).queryParam("limiet", 200).get("/api/v1/kandidaten/" + vanEigen + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("resultaten.vacatureId")).contains(vacature.toString());

        stuurVacature(vacature, eigen, vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> matches(vacature, ander), m -> m != null);
    }

    @Test
    void omgekeerd_de_open_vacatures_voor_een_kandidaat() {
        String eigen = partner("eigen");
        String vaardigheid = eersteVaardigheid();
        UUID kandidaat = push(eigen, lasser(List.of()), vaardigheid);
        UUID breed = UUID.randomUUID();
        UUID nogEigenBestandVanAnder = UUID.randomUUID();
        stuurVacature(nogEigenBestandVanAnder, partner("ander"), vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS),
                "nl.werkgeversdienstverlening.vacatures.geopend.v1");
        stuurVacature(breed, partner("ander"), vaardigheid, Instant.now().minus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.geopend.v1");

        JsonPath antwoord = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var r = given().auth().oauth2(TestBellers.partnersysteem(eigen)).queryParam("limiet", 200)
                    .get("/api/v1/kandidaten/" + kandidaat + "/matches");
            return r.statusCode() == 200 ? r.jsonPath() : null;
        }, m -> m != null && m.getList("resultaten.vacatureId").contains(breed.toString()));
        assertThat(antwoord.getList("resultaten.vacatureId")).doesNotContain(nogEigenBestandVanAnder.toString());
        assertThat(antwoord.getDouble("resultaten.find { it.vacatureId == '" + breed + "' }.geschiktheid")).isGreaterThan(50.0);
        assertThat(antwoord.getList("resultaten.find { it.vacatureId == '" + breed + "' }.factoren.naam")).contains("beroep");

        given().auth().oauth2(TestBellers.partnersysteem(partner("vreemd"))).get("/api/v1/kandidaten/" + kandidaat + "/matches")
                .then().statusCode(404);
    }

    @Test
    void een_vacature_waarvan_het_event_nog_niet_binnen_is_is_404_met_retry_after_en_daarna_te_matchen() {
        String partner = partner("zojuist");
        String vaardigheid = eersteVaardigheid();
        UUID vacature = UUID.randomUUID(); // opened in vacancy-service a moment ago; its event is still on its way
        given().auth().oauth2(TestBellers.adviseur(partner)).get("/api/v1/vacatures/" + vacature + "/matches")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", org.hamcrest.Matchers.equalTo("urn:nl:wsp:probleem:niet-gevonden"));

        stuurVacature(vacature, partner, vaardigheid, Instant.now().plus(1, ChronoUnit.DAYS), "nl.werkgeversdienstverlening.vacatures.geopend.v1");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> matches(vacature, partner), m -> m != null);
    }

    @Test
    void alleen_adviseurs_en_beheerders_en_een_onbekende_vacature_is_404() {
        given().auth().oauth2(TestBellers.partnersysteem("gemeente-amersfoort"))
                .get("/api/v1/vacatures/" + UUID.randomUUID() + "/matches").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/vacatures/" + UUID.randomUUID() + "/matches").then().statusCode(403);
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort"))
                .get("/api/v1/vacatures/" + UUID.randomUUID() + "/matches").then().statusCode(404);
    }

    private static JsonPath matches(UUID vacature) {
        return matches(vacature, "gemeente-amersfoort");
    }

    private static JsonPath matches(UUID vacature, String partner) {
        var response = given().auth().oauth2(TestBellers.adviseur(partner)).queryParam("limiet", 200)
                .get("/api/v1/vacatures/" + vacature + "/matches");
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static int rang(JsonPath m, UUID kandidaat) {
        Integer rang = m.get("resultaten.find { it.kandidaatId == '" + kandidaat + "' }.rang");
        return rang == null ? Integer.MAX_VALUE : rang;
    }

    private static String partner(String soort) {
        return "gemeente-" + soort + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String eersteVaardigheid() {
        return "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"; // operate forklift
    }

    private static Map<String, Object> lasser(List<String> kwetsbaarheden) {
        Map<String, Object> k = new HashMap<>();
        k.put("referentie", "M-" + UUID.randomUUID()); // whole: a part of a UUID can pass the BSN eleven-test
        k.put("woongemeente", "Leusden");
        k.put("doelgroepen", List.of("ww"));
        k.put("kwetsbaarheden", kwetsbaarheden);
        k.put("urenPerWeek", 36);
        k.put("mobiliteit", Map.of("maximaleReisafstandKm", 25));
        k.put("gewensteBeroepen", List.of(LASSER));
        k.put("werkervaring", List.of(Map.of("beroep", LASSER, "jaren", 4)));
        k.put("opleidingsniveau", "mbo-2");
        k.put("rijbewijzen", List.of("B"));
        return k;
    }

    private static UUID push(String partner, Map<String, Object> kandidaat, String vaardigheid) {
        kandidaat.put("vaardigheden", List.of(vaardigheid));
        String id = given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body(Map.of("kandidaten", List.of(kandidaat))).post("/api/v1/kandidaten")
                .then().statusCode(200).extract().path("resultaten[0].id");
        return UUID.fromString(id);
    }

    private static void stuurVacature(UUID id, String accountmanagerPartner, String vaardigheid, Instant eigenBestandTot, String type) {
        TestBellers.partner(accountmanagerPartner); // the account manager's partner, known from the partner events
        TestKafka.send("wsp.vacancy.vacatures", id.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:vacancy-service","type":"%s","time":"2026-11-22T10:00:00Z",
                 "subject":"%s","datacontenttype":"application/json",
                 "data":{"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"%s",
                         "titel":"Lasser MIG/MAG","escoBeroep":"%s","vereisteVaardigheden":["%s"],"gewensteVaardigheden":[],
                         "urenPerWeek":32,"aantalPosities":1,"werklocatieGemeente":"Amersfoort","regio":"Amersfoort",
                         "sector":"techniek","contractvorm":"tijdelijk","startdatum":"2027-01-04","sluitingsdatum":"2027-01-31",
                         "opleidingsniveau":"mbo-2","geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,
                         "eigenBestandTot":"%s","breedUitgezetOp":"2026-11-22T10:00:00Z","reden":"handmatig"}}
                """.formatted(UUID.randomUUID(), type, id, id, UUID.randomUUID(), UUID.randomUUID(), accountmanagerPartner,
                LASSER, vaardigheid, eigenBestandTot));
    }
}
