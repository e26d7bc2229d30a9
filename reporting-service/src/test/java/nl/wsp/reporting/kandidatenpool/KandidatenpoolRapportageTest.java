package nl.wsp.reporting.kandidatenpool;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 18 items 5 and 7 (docs/adr/0043): the candidate pool report and the fairness monitor from matching's events over
 * the real broker — a partner's latest pool replaces its earlier one, a duplicate proposal counts once, a proposal
 * without region counts nowhere, small cells are suppressed (and what would give one back), and a rebuild from the
 * topics gives the same numbers.
 */
@QuarkusTest
class KandidatenpoolRapportageTest {

    private static final String MATCHING = "urn:nld:oin:00000000000000000000:systeem:matching-service";
    private static final String POOL = "wsp.matching.kandidatenpools";
    private static final String VOORDRACHTEN = "wsp.matching.voordrachten";

    private static String event(String type, String subject, String tijd, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), MATCHING, type, tijd, subject, data);
    }

    private static String cel(String gemeente, String doelgroepen, String band, int aantal) {
        return """
                {"gemeente":"%s","doelgroepen":[%s],"leeftijdsband":%s,"aantal":%d}""".formatted(gemeente, doelgroepen,
                band == null ? "null" : "\"" + band + "\"", aantal);
    }

    private static String pool(String partner, String regio, int totaal, String... cellen) {
        return event("nl.werkgeversdienstverlening.kandidatenpools.gewijzigd.v1", partner, "2036-03-01T09:00:00Z", """
                {"partner":"%s","regio":"%s","totaal":%d,"cellen":[%s],"peilmoment":"2036-03-01T09:00:00Z"}"""
                .formatted(partner, regio, totaal, String.join(",", cellen)));
    }

    private static String voordracht(String regio, String doelgroepen, String band, String tijd) {
        String id = UUID.randomUUID().toString();
        String extra = regio == null ? "" : ",\"regio\":\"%s\",\"doelgroepen\":[%s]%s".formatted(regio, doelgroepen,
                band == null ? "" : ",\"leeftijdsband\":\"" + band + "\"");
        return event("nl.werkgeversdienstverlening.voordrachten.gedaan.v1", id, tijd, """
                {"voordrachtId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-a"%s}"""
                .formatted(id, UUID.randomUUID(), UUID.randomUUID(), extra));
    }

    private static String plaatsing(String regio, String doelgroep, String band) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1", id, "2036-05-01T09:00:00Z", """
                {"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-a","gemeente":"Amersfoort","regio":"%s",
                 "doelgroepen":["%s"],"startdatum":"2036-05-04","contractvorm":"vast","urenPerWeek":32,"instrumenten":[],"leeftijdsband":"%s"}"""
                .formatted(id, UUID.randomUUID(), UUID.randomUUID(), regio, doelgroep, band));
    }

    // numbers read as objects, so that a count still missing mid-rebuild fails an assertion (awaited), not with an NPE

    private static JsonPath kandidatenpool(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio)
                .get("/api/v1/rapportages/kandidatenpool").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath eerlijkheid(String regio, int jaar) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", jaar)
                .get("/api/v1/rapportages/eerlijkheid").then().statusCode(200).extract().jsonPath();
    }

    private static String rij(String tabel, String code) {
        return tabel + ".find { it.code == '" + code + "' }";
    }

    /**
     * Partner A: 30 WW (27-49, Amersfoort), 10 bijstand (50-plus), 8 bijstand (tot-27, Soest), 6 Wajong + Banenafspraak
     * (no band, Leusden), 2 Wajong (50-plus, Baarn); partner B's latest: 20 WW (27-49, Nijkerk), 3 NUG (tot-27, Utrecht).
     * 79 in all. Proposals in 2036: 10 WW 27-49, 6 bijstand 50-plus, 5 bijstand tot-27; placements: 6 WW 27-49, 1 bijstand 50-plus.
     */
    private static void verstuur(String regio) {
        String a = "gemeente-a-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "gemeente-b-" + UUID.randomUUID().toString().substring(0, 6);
        TestKafka.send(POOL, a, pool(a, regio, 56, cel("Amersfoort", "\"ww\"", "27-49", 30), cel("Amersfoort", "\"bijstand\"", "50-plus", 10),
                cel("Soest", "\"bijstand\"", "tot-27", 8), cel("Leusden", "\"banenafspraak\",\"wajong\"", null, 6),
                cel("Baarn", "\"wajong\"", "50-plus", 2)));
        TestKafka.send(POOL, b, pool(b, regio, 100, cel("Nijkerk", "\"ww\"", "27-49", 100)));
        String laatste = pool(b, regio, 23, cel("Nijkerk", "\"ww\"", "27-49", 20), cel("Utrecht", "\"nug\"", "tot-27", 3));
        TestKafka.send(POOL, b, laatste);
        TestKafka.send(POOL, b, laatste); // delivered twice
        String tijd = "2036-04-01T09:00:00Z";
        for (int i = 0; i < 10; i++) {
            TestKafka.send(VOORDRACHTEN, UUID.randomUUID().toString(), voordracht(regio, "\"ww\"", "27-49", tijd));
        }
        String dubbel = voordracht(regio, "\"bijstand\"", "50-plus", tijd);
        TestKafka.send(VOORDRACHTEN, "dubbel", dubbel);
        TestKafka.send(VOORDRACHTEN, "dubbel", dubbel); // delivered twice: once
        for (int i = 0; i < 5; i++) {
            TestKafka.send(VOORDRACHTEN, UUID.randomUUID().toString(), voordracht(regio, "\"bijstand\"", "50-plus", tijd));
            TestKafka.send(VOORDRACHTEN, UUID.randomUUID().toString(), voordracht(regio, "\"bijstand\"", "tot-27", tijd));
        }
        TestKafka.send(VOORDRACHTEN, UUID.randomUUID().toString(), voordracht(regio, "\"ww\"", "27-49", "2035-12-31T22:59:00Z"));
        TestKafka.send(VOORDRACHTEN, UUID.randomUUID().toString(), voordracht(null, null, null, tijd)); // before the fields: nowhere
        for (int i = 0; i < 6; i++) {
            TestKafka.send("wsp.matching.plaatsingen", UUID.randomUUID().toString(), plaatsing(regio, "ww", "27-49"));
        }
        TestKafka.send("wsp.matching.plaatsingen", UUID.randomUUID().toString(), plaatsing(regio, "bijstand", "50-plus"));
    }

    private static void zelfdeKandidatenpool(String regio) {
        JsonPath r = kandidatenpool(regio);
        assertThat(r.<Integer>get("k")).isEqualTo(5);
        assertThat(r.<Integer>get("totaal.aantal")).as("partner B's latest pool replaced its first").isEqualTo(79);
        assertThat(r.<Integer>get(rij("perDoelgroep", "ww") + ".aantal")).isEqualTo(50);
        assertThat(r.<Integer>get(rij("perDoelgroep", "bijstand") + ".aantal")).isEqualTo(18);
        assertThat(r.<Boolean>get(rij("perDoelgroep", "nug") + ".onderdrukt")).as("3 is below k").isTrue();
        assertThat(r.getString(rij("perDoelgroep", "nug") + ".aantal")).isNull();
        assertThat(r.<Boolean>get(rij("perDoelgroep", "wajong") + ".onderdrukt")).as("else 79 - 50 - 18 would give NUG's 3 back").isTrue();
        assertThat(r.<Integer>get(rij("perDoelgroep", "wao") + ".aantal")).isZero();
        assertThat(r.<Integer>get("banenafspraak.aantal")).isEqualTo(6);
        assertThat(r.getList("perPartner.aantal")).containsExactlyInAnyOrder(56, 23);
        assertThat(r.<Integer>get(rij("perGemeente", "Amersfoort") + ".aantal")).isEqualTo(40);
        assertThat(r.<Boolean>get(rij("perGemeente", "Baarn") + ".onderdrukt")).isTrue();
        assertThat(r.<Boolean>get(rij("perGemeente", "Buiten regio") + ".onderdrukt")).isTrue();
        assertThat(r.<Integer>get(rij("perGemeente", "Leusden") + ".aantal")).as("2 + 3 hidden: already k together").isEqualTo(6);
        assertThat(r.getList("perLeeftijdsband.code")).containsExactly("tot-27", "27-49", "50-plus", "onbekend");
        assertThat(r.getList("perLeeftijdsband.aantal")).containsExactly(11, 50, 12, 6);
    }

    private static void zelfdeEerlijkheid(String regio) {
        JsonPath r = eerlijkheid(regio, 2036);
        assertThat(r.<Integer>get("totaal.voordrachten.aantal")).as("the duplicate once, 2035 and the one without region not").isEqualTo(21);
        assertThat(r.getString("totaal.voordrachtkans")).isEqualTo("26.6");
        String band = "perLeeftijdsband.find { it.code == '%s' }";
        assertThat(r.<Integer>get(band.formatted("27-49") + ".voordrachten.aantal")).isEqualTo(10);
        assertThat(r.getString(band.formatted("27-49") + ".voordrachtkans")).isEqualTo("20.0");
        assertThat(r.getString(band.formatted("27-49") + ".relatieveVoordrachtkans")).isEqualTo("0.75");
        assertThat(r.<Boolean>get(band.formatted("27-49") + ".signaal")).as("below four fifths").isTrue();
        assertThat(r.getString(band.formatted("50-plus") + ".voordrachtkans")).isEqualTo("50.0");
        assertThat(r.<Boolean>get(band.formatted("50-plus") + ".signaal")).isFalse();
        assertThat(r.getString(band.formatted("tot-27") + ".voordrachtkans")).isEqualTo("45.5");
        assertThat(r.getString(band.formatted("onbekend") + ".voordrachtkans")).isEqualTo("0.0");
        // placements 6 and 1: the 1 is below k, the 6 goes with it; the total of 7 stays, and no chance is shown from a hidden count
        assertThat(r.<Boolean>get(band.formatted("50-plus") + ".plaatsingen.onderdrukt")).isTrue();
        assertThat(r.<Boolean>get(band.formatted("27-49") + ".plaatsingen.onderdrukt")).isTrue();
        assertThat(r.getString(band.formatted("27-49") + ".plaatsingskans")).isNull();
        assertThat(r.<Integer>get("totaal.plaatsingen.aantal")).isEqualTo(7);
        assertThat(r.getString("totaal.plaatsingskans")).isEqualTo("8.9");
        String groep = "perDoelgroep.find { it.code == '%s' }";
        assertThat(r.<Integer>get(groep.formatted("bijstand") + ".voordrachten.aantal")).isEqualTo(11);
        assertThat(r.<Integer>get(groep.formatted("bijstand") + ".pool.aantal")).isEqualTo(18);
        assertThat(r.<Boolean>get(groep.formatted("nug") + ".pool.onderdrukt")).isTrue();
        assertThat(r.getString(groep.formatted("nug") + ".voordrachtkans")).isNull();
    }

    @Test
    void de_eerlijkheidsmonitor_toont_voordrachtkans_per_leeftijdsband_en_een_herbouw_telt_hetzelfde() {
        String regio = TestRegio.nieuw();
        verstuur(regio);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            zelfdeKandidatenpool(regio);
            zelfdeEerlijkheid(regio);
        });

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    zelfdeKandidatenpool(regio);
                    zelfdeEerlijkheid(regio);
                });
    }

    @Test
    void beide_rapportages_zijn_ook_csv_met_dezelfde_onderdrukking() {
        String regio = TestRegio.nieuw();
        verstuur(regio);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            zelfdeKandidatenpool(regio);
            zelfdeEerlijkheid(regio);
        });

        String pool = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("formaat", "csv")
                .get("/api/v1/rapportages/kandidatenpool").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        assertThat(pool.lines().findFirst()).hasValue("tabel,code,aantal,onderdrukt");
        assertThat(pool).contains("totaal,totaal,79,false").contains("doelgroep,ww,50,false")
                .contains("doelgroep,nug,,true").as("a suppressed count is an empty cell, never the number");
        String monitor = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2036)
                .accept("text/csv").get("/api/v1/rapportages/eerlijkheid").then().statusCode(200).extract().asString();
        assertThat(monitor.lines().findFirst()).hasValue(
                "tabel,code,pool,voordrachten,plaatsingen,voordrachtkans,plaatsingskans,relatieveVoordrachtkans,relatievePlaatsingskans,signaal");
        assertThat(monitor).contains("leeftijdsband,27-49,50,10,,20.0,,0.75,,true");
    }

    @Test
    void een_lege_regio_toont_nullen_en_geen_kans() {
        String regio = TestRegio.nieuw();
        JsonPath r = kandidatenpool(regio);
        assertThat(r.<Integer>get("totaal.aantal")).isZero();
        assertThat(r.<Boolean>get("totaal.onderdrukt")).isFalse();
        JsonPath e = eerlijkheid(regio, 2036);
        assertThat(e.getString("totaal.voordrachtkans")).isNull();
        assertThat(e.getString("perLeeftijdsband[0].signaal")).isNull();
    }

    @Test
    void zonder_jaar_of_met_een_onbekende_regio_is_het_een_400_met_het_veld() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort").get("/api/v1/rapportages/eerlijkheid")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("jaar"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Atlantis").get("/api/v1/rapportages/kandidatenpool")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("regio"));
    }
}
