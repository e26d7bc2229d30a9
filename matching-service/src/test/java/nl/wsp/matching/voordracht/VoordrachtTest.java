package nl.wsp.matching.voordracht;

import nl.wsp.matching.TestBellers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Proposals: rule 4 (own caseload first), rule 6 (afterwards anyone, any available candidate), outcomes in order. */
@QuarkusTest
class VoordrachtTest {

    static final String AMERSFOORT = "gemeente-amersfoort";
    static final String SOEST = "gemeente-soest";
    static final String UWV = "uwv-amersfoort";
    static final Instant T = Instant.parse("2031-05-01T09:00:00Z");

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    Bemiddeling bemiddeling;

    @BeforeEach
    void klokVast() {
        klok.zetOp(T);
        bemiddeling = new Bemiddeling(em);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void tijdens_de_eigen_bestandtermijn_draagt_alleen_de_partner_van_de_accountmanager_voor_uit_eigen_bestand() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", T.plus(Duration.ofHours(24)), false, "open");
        UUID vanAmersfoort = bemiddeling.kandidaat(AMERSFOORT, "Amersfoort", "beschikbaar", "bijstand");
        UUID vanSoest = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "wajong");

        // for another partner the vacancy does not exist yet (as in vacancy-service): no 409 that names its owner
        draagVoor(SOEST, vacature, vanSoest).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:niet-gevonden"))
                .body("invalidParams[0].name", equalTo("vacatureId"))
                .body("accountmanagerPartner", nullValue());
        draagVoor(AMERSFOORT, vacature, vanSoest).statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:eigen-bestand-termijn"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM voordracht WHERE vacature_id = ?1", vacature)).isZero();

        draagVoor(AMERSFOORT, vacature, vanAmersfoort).statusCode(201)
                .header("Location", containsString("/api/v1/voordrachten/"))
                .body("status", equalTo("voorgedragen"))
                .body("partner", equalTo(AMERSFOORT));

        klok.zetOp(T.plus(Duration.ofHours(24)).minusSeconds(1));
        draagVoor(SOEST, vacature, vanSoest).statusCode(404);
        klok.zetOp(T.plus(Duration.ofHours(24)));
        draagVoor(SOEST, vacature, vanSoest).statusCode(201)
                .body("partner", equalTo(SOEST)).body("kandidaatPartner", equalTo(SOEST));
    }

    @Test
    void breed_uitgezet_mag_elke_adviseur_elke_beschikbare_kandidaat_voordragen_ook_binnen_de_termijn() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", T.plus(Duration.ofHours(24)), true, "open");
        UUID vanSoest = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        draagVoor(UWV, vacature, vanSoest).statusCode(201)
                .body("partner", equalTo(UWV)).body("kandidaatPartner", equalTo(SOEST)).body("vacaturePartner", equalTo(AMERSFOORT));
    }

    @Test
    void alleen_op_een_open_vacature_en_met_een_beschikbare_kandidaat() {
        UUID vervuld = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "vervuld");
        UUID open = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID beschikbaar = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        UUID ingetrokken = bemiddeling.kandidaat(SOEST, "Soest", "ingetrokken", "ww");

        draagVoor(SOEST, vervuld, beschikbaar).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:vacature-niet-open"));
        draagVoor(SOEST, open, ingetrokken).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:kandidaat-niet-beschikbaar"));
        draagVoor(SOEST, UUID.randomUUID(), beschikbaar).statusCode(404).body("invalidParams[0].name", equalTo("vacatureId"));
        draagVoor(SOEST, open, UUID.randomUUID()).statusCode(404).body("invalidParams[0].name", equalTo("kandidaatId"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM voordracht WHERE kandidaat_id = ?1", beschikbaar)).isZero();
    }

    @Test
    void onvolledige_of_onbekende_invoer_krijgt_400_met_het_veld() {
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\"}".formatted(UUID.randomUUID()))
                .when().post("/api/v1/voordrachten").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("kandidaatId"));
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\", \"prioriteit\": 1}".formatted(UUID.randomUUID(), UUID.randomUUID()))
                .when().post("/api/v1/voordrachten").then().statusCode(400).body("invalidParams[0].name", equalTo("prioriteit"));
        given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"geen-uuid\", \"kandidaatId\": \"%s\"}".formatted(UUID.randomUUID()))
                .when().post("/api/v1/voordrachten").then().statusCode(400).body("invalidParams[0].name", equalTo("vacatureId"));
    }

    @Test
    void een_open_voordracht_per_vacature_en_kandidaat_na_een_afwijzing_mag_het_opnieuw() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String eerste = draagVoor(SOEST, vacature, kandidaat).statusCode(201).extract().path("id");
        draagVoor(UWV, vacature, kandidaat).statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:voordracht-bestaat"))
                .body("bestaandeVoordracht", equalTo("/api/v1/voordrachten/" + eerste));

        uitkomst(AMERSFOORT, eerste, "{\"uitkomst\": \"afgewezen\", \"reden\": \"andere-kandidaat-gekozen\"}").statusCode(200)
                .body("status", equalTo("afgewezen")).body("reden", equalTo("andere-kandidaat-gekozen"));
        draagVoor(UWV, vacature, kandidaat).statusCode(201);
    }

    @Test
    void uitkomsten_volgen_elkaar_zinnig_op_en_worden_als_event_en_in_de_audit_vastgelegd() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String id = draagVoor(UWV, vacature, kandidaat).statusCode(201).extract().path("id");

        uitkomst(UWV, id, "{\"uitkomst\": \"afgewezen\"}").statusCode(400).body("invalidParams[0].name", equalTo("reden"));
        uitkomst(UWV, id, "{\"uitkomst\": \"uitgenodigd\", \"reden\": \"overig\"}").statusCode(400).body("invalidParams[0].name", equalTo("reden"));
        uitkomst(UWV, id, "{\"uitkomst\": \"misschien\"}").statusCode(400).body("invalidParams[0].name", equalTo("uitkomst"));
        uitkomst(UWV, id, "{\"uitkomst\": \"afgewezen\", \"reden\": \"geen-zin\"}").statusCode(400).body("invalidParams[0].name", equalTo("reden"));

        uitkomst(UWV, id, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(200).body("status", equalTo("uitgenodigd"));
        uitkomst(UWV, id, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:ongeldige-overgang"));
        uitkomst(AMERSFOORT, id, "{\"uitkomst\": \"aangenomen\", \"toelichting\": \"start na de bouwvak\"}").statusCode(200)
                .body("status", equalTo("aangenomen")).body("uitkomstDoor", equalTo(TestBellers.adviseurId(AMERSFOORT).toString()));
        uitkomst(UWV, id, "{\"uitkomst\": \"afgewezen\", \"reden\": \"overig\"}").statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-overgang")).body("status", equalTo("aangenomen"));

        assertThat(bemiddeling.outboxTypes(id)).containsExactly(VoordrachtEvents.GEDAAN,
                VoordrachtEvents.UITKOMST_GEREGISTREERD, VoordrachtEvents.UITKOMST_GEREGISTREERD);
        assertThat(bemiddeling.auditActies(kandidaat)).containsExactly("voorgedragen", "uitkomst-uitgenodigd", "uitkomst-aangenomen");
    }

    @Test
    void alleen_betrokken_partners_zien_de_voordracht_en_alleen_voordrager_of_accountmanager_registreert_de_uitkomst() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String id = draagVoor(UWV, vacature, kandidaat).statusCode(201).extract().path("id");

        given().auth().oauth2(TestBellers.adviseur("gemeente-baarn")).when().get("/api/v1/voordrachten/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(SOEST)).when().get("/api/v1/voordrachten/{id}", id).then().statusCode(200);
        uitkomst("gemeente-baarn", id, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(404);
        uitkomst(SOEST, id, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/voordrachten/{id}", id).then().statusCode(200)
                .body("status", equalTo("voorgedragen"));
    }

    @Test
    void de_lijst_van_een_vacature_toont_alleen_wat_de_partner_aangaat_en_bladert() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        for (int i = 0; i < 3; i++) {
            draagVoor(SOEST, vacature, bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww")).statusCode(201);
            klok.verzet(Duration.ofMinutes(1));
        }
        draagVoor(UWV, vacature, bemiddeling.kandidaat(UWV, "Amersfoort", "beschikbaar", "ww")).statusCode(201);

        given().auth().oauth2(TestBellers.adviseur(UWV)).queryParam("vacatureId", vacature.toString())
                .when().get("/api/v1/voordrachten").then().statusCode(200)
                .body("resultaten.partner", org.hamcrest.Matchers.contains(UWV));
        var eerste = given().auth().oauth2(TestBellers.adviseur(AMERSFOORT)).queryParam("vacatureId", vacature.toString())
                .queryParam("limiet", 3).when().get("/api/v1/voordrachten").then().statusCode(200)
                .body("resultaten.size()", equalTo(3)).extract();
        given().auth().oauth2(TestBellers.adviseur(AMERSFOORT)).queryParam("vacatureId", vacature.toString())
                .queryParam("limiet", 3).queryParam("cursor", eerste.path("volgendeCursor").toString())
                .when().get("/api/v1/voordrachten").then().statusCode(200)
                .body("resultaten.partner", org.hamcrest.Matchers.contains(UWV))
                .body("volgendeCursor", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestBellers.adviseur(AMERSFOORT)).queryParam("cursor", "kapot")
                .when().get("/api/v1/voordrachten").then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().auth().oauth2(TestBellers.adviseur(AMERSFOORT)).queryParam("vacatureId", "geen-uuid")
                .when().get("/api/v1/voordrachten").then().statusCode(400).body("invalidParams[0].name", equalTo("vacatureId"));
    }

    @Test
    void voorgedragen_door_is_de_adviseur_van_het_token_en_niet_iets_uit_de_body() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String adviseurId = UUID.randomUUID().toString();
        given().auth().oauth2(TestBellers.adviseur(UWV, adviseurId)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\", \"voorgedragenDoor\": \"iemand-anders\"}"
                        .formatted(vacature, kandidaat))
                .when().post("/api/v1/voordrachten").then().statusCode(400).body("invalidParams[0].name", equalTo("voorgedragenDoor"));
        String id = given().auth().oauth2(TestBellers.adviseur(UWV, adviseurId)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}".formatted(vacature, kandidaat))
                .when().post("/api/v1/voordrachten").then().statusCode(201).extract().path("id");
        assertThat(bemiddeling.aantal("SELECT count(*) FROM voordracht WHERE voorgedragen_door = ?1", adviseurId)).isEqualTo(1);
        assertThat(id).isNotNull();
    }

    @Test
    void dashboard_en_partnersysteem_doen_geen_voordrachten() {
        String body = "{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}".formatted(UUID.randomUUID(), UUID.randomUUID());
        given().auth().oauth2(Tokens.dashboard()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/voordrachten").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestBellers.partnersysteem(SOEST)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/voordrachten").then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/voordrachten").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).contentType(ContentType.JSON).body("{\"uitkomst\": \"aangenomen\"}")
                .when().post("/api/v1/voordrachten/{id}/uitkomst", UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(TestBellers.partnersysteem(SOEST)).contentType(ContentType.JSON).body("{\"uitkomst\": \"aangenomen\"}")
                .when().post("/api/v1/voordrachten/{id}/uitkomst", UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/voordrachten/{id}", UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).when().get("/api/v1/voordrachten").then().statusCode(403);
        given().auth().oauth2(TestBellers.partnersysteem(SOEST)).when().get("/api/v1/voordrachten").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/voordrachten").then().statusCode(401);
    }
}
