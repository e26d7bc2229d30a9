package nl.wsp.vacancy.vacature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.werkgever.Werkgever;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class VacatureResourceTest {

    @Inject
    EntityManager em;

    @org.junit.jupiter.api.BeforeEach
    void partnersBekend() {
        nl.wsp.vacancy.Testdata.partners(em);
    }
    @Inject
    TestKlok clock;

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    static String open(Testdata.Account account) {
        return open(account, Testdata.vacature(account.werkgeverId()));
    }

    static String open(Testdata.Account account, Map<String, Object> body) {
        return given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/vacatures")
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/vacatures").then();
    }

    @Test
    void de_accountmanager_opent_een_vacature_met_een_eigen_bestandstermijn_van_24_uur() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Testdata.vacature(account.werkgeverId()))
                .when().post("/api/v1/vacatures")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/vacatures/"))
                .body("status", equalTo("open"))
                .body("accountmanagerId", equalTo(account.accountmanagerId().toString()))
                .body("accountmanagerPartner", equalTo("gemeente-amersfoort"))
                .body("regio", equalTo("Amersfoort"))
                .body("sector", equalTo("logistiek"))
                .body("contractvorm", equalTo("tijdelijk"))
                .body("vereisteVaardigheden", hasSize(2))
                .body("geopendOp", equalTo(t.toString()))
                .body("eigenBestandTot", equalTo(t.plus(Duration.ofHours(24)).toString()))
                .body("overgangen[0].naar", equalTo("open"))
                .body("overgangen[0].door", equalTo(account.accountmanagerId().toString()))
                .extract().path("id");
        assertThat(events(id, VacatureGeopend.TYPE)).isEqualTo(1);
    }

    @Test
    void het_antwoord_op_het_openen_en_het_latere_lezen_noemen_dezelfde_tijdstippen_in_microseconden() {
        Instant t = Instant.parse("2026-11-30T09:15:42.123456789Z"); // the clock has nanoseconds, PostgreSQL keeps micros (rounded)
        clock.zetOp(t);
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> geopend = given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                .body(Testdata.vacature(account.werkgeverId()))
                .when().post("/api/v1/vacatures")
                .then().statusCode(201).extract().jsonPath().getMap("");
        Map<String, Object> gelezen = given().auth().oauth2(account.token())
                .when().get("/api/v1/vacatures/" + geopend.get("id"))
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(geopend.get("geopendOp")).isEqualTo("2026-11-30T09:15:42.123457Z");
        assertThat(geopend.get("eigenBestandTot")).isEqualTo("2026-12-01T09:15:42.123457Z");
        assertThat(gelezen.get("geopendOp")).isEqualTo(geopend.get("geopendOp"));
        assertThat(gelezen.get("eigenBestandTot")).isEqualTo(geopend.get("eigenBestandTot"));
        assertThat(gelezen.get("overgangen")).isEqualTo(geopend.get("overgangen"));
    }

    @Test
    void een_onbekende_esco_uri_is_400_met_de_veldnaam_en_er_wordt_niets_opgeslagen() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("escoBeroep", "http://data.europa.eu/esco/occupation/bestaat-niet");
        body.put("vereisteVaardigheden", List.of(Testdata.MAGAZIJNSYSTEMEN, "http://data.europa.eu/esco/skill/verzonnen"));
        post(account.token(), body).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", hasItem("escoBeroep"))
                .body("invalidParams.name", hasItem("vereisteVaardigheden[1]"))
                .body("invalidParams.name", not(hasItem("vereisteVaardigheden[0]")));
        assertThat(vacatures(account.werkgeverId())).isZero();
    }

    @Test
    void een_werklocatie_die_geen_gemeente_is_is_400_met_de_veldnaam_en_er_wordt_niets_opgeslagen() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        for (String onzin : List.of("abc", "-1", "<script>", "../../etc/passwd", "Weesp", "Bergen")) {
            Map<String, Object> body = Testdata.vacature(account.werkgeverId());
            body.put("werklocatieGemeente", onzin);
            post(account.token(), body).statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams.name", equalTo(List.of("werklocatieGemeente")));
        }
        assertThat(vacatures(account.werkgeverId())).isZero();
    }

    @Test
    void de_werklocatie_wordt_bewaard_zoals_het_cbs_haar_spelt() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("werklocatieGemeente", "  laren ");
        post(account.token(), body).statusCode(201).body("werklocatieGemeente", equalTo("Laren (NH.)"));
    }

    @Test
    void de_regio_van_een_vacature_volgt_de_gemeente_van_de_werkgever_nooit_een_standaardregio() {
        // employers whose event named no region (as before account-service sent it): the municipality decides; only
        // a beheerder, who works for every region, can reach such an employer at all
        Testdata.Account zwolle = Testdata.werkgever(em, "gemeente-zwolle");
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "update Werkgever w set w.vestigingsgemeente = :gemeente, w.regio = null where w.id = :id")
                .setParameter("gemeente", "Zwolle").setParameter("id", zwolle.werkgeverId()).executeUpdate());
        post(Tokens.beheerder(), Testdata.vacature(zwolle.werkgeverId())).statusCode(201).body("regio", equalTo("Regio Zwolle"));

        Testdata.Account nergens = Testdata.werkgever(em, "gemeente-amersfoort");
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "update Werkgever w set w.vestigingsgemeente = :gemeente, w.regio = null where w.id = :id")
                .setParameter("gemeente", "Atlantis").setParameter("id", nergens.werkgeverId()).executeUpdate());
        post(Tokens.beheerder(), Testdata.vacature(nergens.werkgeverId())).statusCode(422)
                .body("type", equalTo("urn:nl:wsp:probleem:werkgever-zonder-regio"));
        assertThat(vacatures(nergens.werkgeverId())).isZero();
    }

    @Test
    void minder_dan_een_positie_is_400_en_er_wordt_niets_opgeslagen() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("aantalPosities", 0);
        post(account.token(), body).statusCode(400).body("invalidParams[0].name", equalTo("aantalPosities"));
        assertThat(vacatures(account.werkgeverId())).isZero();
    }

    @Test
    void een_sluitingsdatum_voor_de_startdatum_is_400() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("startdatum", "2027-03-01");
        body.put("sluitingsdatum", "2027-02-01");
        post(account.token(), body).statusCode(400).body("invalidParams[0].name", equalTo("sluitingsdatum"));
        assertThat(vacatures(account.werkgeverId())).isZero();
    }

    @Test
    void onbekende_velden_en_waarden_zijn_400_met_de_veldnaam() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("salaris", 3000);
        post(account.token(), body).statusCode(400).body("invalidParams[0].name", equalTo("salaris"));
        body.remove("salaris");
        body.put("contractvorm", "zzp");
        post(account.token(), body).statusCode(400).body("invalidParams[0].name", equalTo("contractvorm"))
                .body("invalidParams[0].reason", containsString("vast"));
        body.put("contractvorm", "vast");
        body.remove("titel");
        post(account.token(), body).statusCode(400).body("invalidParams[0].name", equalTo("titel"));
        assertThat(vacatures(account.werkgeverId())).isZero();
    }

    @Test
    void een_onbekende_werkgever_is_404() {
        UUID onbekend = UUID.randomUUID();
        post(Tokens.beheerder(), Testdata.vacature(onbekend)).statusCode(404)
                .body("type", equalTo("urn:nl:wsp:probleem:niet-gevonden"));
    }

    @Test
    void alleen_de_accountmanager_of_een_beheerder_opent_een_vacature() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        post(Testdata.adviseurToken(em, "gemeente-amersfoort"), body).statusCode(403)
                .body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
        post(Tokens.partnersysteem("gemeente-amersfoort"), body).statusCode(403);
        post(Tokens.dashboard(), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/vacatures").then().statusCode(401);
        assertThat(vacatures(account.werkgeverId())).isZero();
        post(Tokens.beheerder(), body).statusCode(201);
    }

    @Test
    void in_de_eigen_bestandstermijn_ziet_alleen_de_eigen_partner_de_vacature_daarna_iedereen() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-soest");
        String id = open(account);

        given().auth().oauth2(Testdata.adviseurToken(em, "gemeente-soest")).when().get("/api/v1/vacatures/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-soest")).when().get("/api/v1/vacatures/" + id).then().statusCode(200);
        given().auth().oauth2(Testdata.adviseurToken(em, "uwv-amersfoort")).when().get("/api/v1/vacatures/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).when().get("/api/v1/vacatures/" + id).then().statusCode(404);
        given().auth().oauth2(Testdata.adviseurToken(em, "uwv-amersfoort")).queryParam("werkgever", account.werkgeverId())
                .when().get("/api/v1/vacatures").then().statusCode(200).body("resultaten", hasSize(0));
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/vacatures/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/vacatures").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/vacatures/aantallen").then().statusCode(200);

        given().auth().oauth2(account.token()).when().post("/api/v1/vacatures/" + id + "/breed-uitzetten")
                .then().statusCode(200).body("status", equalTo("breed-uitgezet"))
                .body("overgangen[1].reden", equalTo("handmatig breed uitgezet"));

        given().auth().oauth2(Testdata.adviseurToken(em, "uwv-amersfoort")).when().get("/api/v1/vacatures/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-baarn")).queryParam("werkgever", account.werkgeverId())
                .when().get("/api/v1/vacatures").then().statusCode(200).body("resultaten.id", hasItem(id));
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);
    }

    @Test
    void alleen_de_accountmanager_zet_vroeg_breed_uit_en_maar_een_keer() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = open(account);
        given().auth().oauth2(Testdata.adviseurToken(em, "gemeente-amersfoort"))
                .when().post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(403);
        given().auth().oauth2(Tokens.partnersysteem("gemeente-amersfoort"))
                .when().post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(403);
        given().auth().oauth2(account.token()).when().post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(200);
        given().auth().oauth2(account.token()).when().post("/api/v1/vacatures/" + id + "/breed-uitzetten").then().statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:vacature-niet-open"));
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);
    }

    @Test
    void de_accountmanager_wijzigt_en_trekt_in_met_reden_in_de_geschiedenis() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-leusden");
        String id = open(account);
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("titel", "Magazijnmedewerker avonddienst");
        body.put("aantalPosities", 3);
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/vacatures/" + id)
                .then().statusCode(200).body("titel", equalTo("Magazijnmedewerker avonddienst")).body("aantalPosities", equalTo(3));
        body.put("werkgeverId", UUID.randomUUID().toString());
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/vacatures/" + id).then().statusCode(400).body("invalidParams[0].name", equalTo("werkgeverId"));

        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/vacatures/" + id + "/intrekken").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of("reden", "werkgever heeft zelf iemand gevonden"))
                .when().post("/api/v1/vacatures/" + id + "/intrekken")
                .then().statusCode(200).body("status", equalTo("ingetrokken"))
                .body("overgangen[1].van", equalTo("open"))
                .body("overgangen[1].naar", equalTo("ingetrokken"))
                .body("overgangen[1].door", equalTo(account.accountmanagerId().toString()))
                .body("overgangen[1].reden", equalTo("werkgever heeft zelf iemand gevonden"))
                .body("overgangen[1].op", notNullValue())
                .body("geslotenOp", notNullValue());
        body.put("werkgeverId", account.werkgeverId().toString());
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/vacatures/" + id).then().statusCode(409);
        assertThat(events(id, VacatureGewijzigd.TYPE)).isEqualTo(1);
        assertThat(events(id, VacatureIngetrokken.TYPE)).isEqualTo(1);
    }

    @Test
    void wie_geen_accountmanager_is_wijzigt_en_trekt_niet_in_en_er_verandert_niets() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = open(account);
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("titel", "Gekaapt");
        for (String token : List.of(Testdata.adviseurToken(em, "gemeente-amersfoort"),
                Tokens.partnersysteem("gemeente-amersfoort"), Tokens.dashboard())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/vacatures/" + id).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reden", "weg ermee"))
                    .when().post("/api/v1/vacatures/" + id + "/intrekken").then().statusCode(403);
        }
        // an adviser of another partner does not even learn that the vacancy exists during the window
        given().auth().oauth2(Testdata.adviseurToken(em, "uwv-amersfoort")).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/vacatures/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/vacatures/" + id).then().statusCode(200)
                .body("titel", equalTo("Magazijnmedewerker dagdienst")).body("status", equalTo("open"));
        assertThat(events(id, VacatureGewijzigd.TYPE)).isZero();
    }

    @Test
    void een_herhaald_verzoek_met_dezelfde_idempotency_key_opent_maar_een_vacature() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        String sleutel = UUID.randomUUID().toString();
        String eerste = given().auth().oauth2(account.token()).header("Idempotency-Key", sleutel).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
        String tweede = given().auth().oauth2(account.token()).header("Idempotency-Key", sleutel).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
        assertThat(tweede).isEqualTo(eerste);
        assertThat(vacatures(account.werkgeverId())).isEqualTo(1);
        assertThat(events(eerste, VacatureGeopend.TYPE)).isEqualTo(1);
        body.put("aantalPosities", 5);
        given().auth().oauth2(account.token()).header("Idempotency-Key", sleutel).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/vacatures").then().statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:idempotentie-sleutel-hergebruikt"))
                .body("vacatureId", equalTo(eerste));
        assertThat(vacatures(account.werkgeverId())).isEqualTo(1);
    }

    @Test
    void zoeken_filtert_en_pagineert_met_een_cursor() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-nijkerk");
        String a = open(account);
        String b = open(account);
        Map<String, Object> elders = Testdata.vacature(account.werkgeverId());
        elders.put("werklocatieGemeente", "Nijkerk");
        String c = open(account, elders);

        var eerste = given().auth().oauth2(Tokens.beheerder()).queryParam("werkgever", account.werkgeverId()).queryParam("limiet", 2)
                .when().get("/api/v1/vacatures").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(a, b))).body("volgendeCursor", notNullValue()).extract();
        given().auth().oauth2(Tokens.beheerder()).queryParam("werkgever", account.werkgeverId()).queryParam("limiet", 2)
                .queryParam("cursor", (String) eerste.path("volgendeCursor"))
                .when().get("/api/v1/vacatures").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(c))).body("volgendeCursor", nullValue());
        given().auth().oauth2(account.token()).queryParam("werkgever", account.werkgeverId()).queryParam("gemeente", "nijkerk")
                .queryParam("status", "open").queryParam("sector", "Logistiek").queryParam("beroep", Testdata.MAGAZIJNMEDEWERKER)
                .queryParam("accountmanager", account.accountmanagerId())
                .when().get("/api/v1/vacatures").then().statusCode(200).body("resultaten.id", equalTo(List.of(c)));
        given().auth().oauth2(account.token()).queryParam("status", "half-open")
                .when().get("/api/v1/vacatures").then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
        given().auth().oauth2(account.token()).queryParam("cursor", "verzonnen")
                .when().get("/api/v1/vacatures").then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().auth().oauth2(account.token()).queryParam("limiet", 500)
                .when().get("/api/v1/vacatures").then().statusCode(400).body("invalidParams[0].name", equalTo("limiet"));
    }

    @Test
    void de_wijzigingenfeed_toont_elke_wijziging_ook_intrekkingen_en_alleen_wat_je_mag_zien() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-woudenberg");
        String start = given().auth().oauth2(Tokens.partnersysteem("gemeente-woudenberg"))
                .queryParam("cursor", laatsteCursor()).when().get("/api/v1/vacature-wijzigingen")
                .then().statusCode(200).extract().path("volgendeCursor");
        String id = open(account);
        given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Map.of("reden", "vacature vervalt"))
                .when().post("/api/v1/vacatures/" + id + "/intrekken").then().statusCode(200);

        var pagina = given().auth().oauth2(Tokens.partnersysteem("gemeente-woudenberg")).queryParam("cursor", start)
                .queryParam("limiet", 200).when().get("/api/v1/vacature-wijzigingen").then().statusCode(200)
                .body("volgendeCursor", notNullValue()).extract();
        List<String> types = pagina.path("resultaten.findAll { it.subject == '" + id + "' }.type");
        assertThat(types).containsExactly(VacatureGeopend.TYPE, VacatureIngetrokken.TYPE);
        List<String> andere = given().auth().oauth2(Tokens.partnersysteem("uwv-amersfoort")).queryParam("cursor", start)
                .queryParam("limiet", 200).when().get("/api/v1/vacature-wijzigingen").then().statusCode(200)
                .extract().path("resultaten.subject");
        assertThat(andere).doesNotContain(id);
        List<String> beheerder = given().auth().oauth2(Tokens.beheerder()).queryParam("cursor", start)
                .queryParam("limiet", 200).when().get("/api/v1/vacature-wijzigingen").then().statusCode(200)
                .extract().path("resultaten.subject");
        assertThat(beheerder).contains(id);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/vacature-wijzigingen").then().statusCode(403);
    }

    private String laatsteCursor() {
        long positie = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT coalesce(max(positie), 0) FROM vacature_wijziging").getSingleResult()).longValue());
        return nl.wsp.platform.page.Cursor.van(positie);
    }

    long events(String vacatureId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2 AND topic = 'wsp.vacancy.vacatures'")
                .setParameter(1, vacatureId).setParameter(2, type).getSingleResult()).longValue());
    }

    long vacatures(UUID werkgeverId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM vacature WHERE werkgever_id = ?1").setParameter(1, werkgeverId).getSingleResult()).longValue());
    }
}
