package nl.wsp.matching.overdracht;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.wsp.matching.TestBellers;
import nl.wsp.matching.kandidaat.Kandidaten;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The handover of a candidate from one partner to another of its region, with both partners' consent (issue 18 item 4,
 * ADR 0046; seed 001: "overdracht van inwoners die na maximale Werkloosheidswet aanspraak maken op de bijstand").
 */
@QuarkusTest
class KandidaatOverdrachtTest {

    @Inject
    AgroalDataSource db;

    @Test
    void de_kandidaat_gaat_pas_over_als_de_ontvangende_partner_instemt_en_dan_onder_diens_referentie() throws Exception {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));

        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201)
                .body("status", equalTo("aangeboden"))
                .body("vanPartner", equalTo(uwv))
                .body("naarPartner", equalTo(gemeente))
                .extract().path("id");
        // offered, not yet consented: still the owner's, and the receiving partner's system does not see it
        leesKandidaat(TestBellers.partnersysteem(uwv), kandidaat).statusCode(200);
        leesKandidaat(TestBellers.partnersysteem(gemeente), kandidaat).statusCode(404);

        String referentie = "NIEUW-" + UUID.randomUUID();
        besluit(TestBellers.partnersysteem(gemeente), id, "aanvaarding", Map.of("referentie", referentie)).statusCode(200)
                .body("status", equalTo("aanvaard"))
                .body("beslotenOp", org.hamcrest.Matchers.notNullValue());

        leesKandidaat(TestBellers.partnersysteem(gemeente), kandidaat).statusCode(200)
                .body("referentie", equalTo(referentie))
                .body("naam.voornaam", equalTo("Fatima"));
        leesKandidaat(TestBellers.partnersysteem(uwv), kandidaat).statusCode(404);
        given().auth().oauth2(TestBellers.partnersysteem(gemeente)).when().get("/api/v1/kandidaten/wijzigingen").then()
                .statusCode(200).body("resultaten.referentie", hasItem(referentie));
        given().auth().oauth2(TestBellers.partnersysteem(uwv)).when().get("/api/v1/kandidaten/wijzigingen").then()
                .statusCode(200).body("resultaten.id", not(hasItem(kandidaat.toString())));
        assertThat(tekst("SELECT partner FROM kandidaat_match WHERE kandidaat_id = ?", kandidaat)).isEqualTo(gemeente);
        // both partners' pool counts for reporting change with it (ADR 0043)
        assertThat(laatstePooltotaal(uwv)).isZero();
        assertThat(laatstePooltotaal(gemeente)).isEqualTo(1);

        // the new owner's system pushes it under its own reference: the same candidate, no second one
        Map<String, Object> bijgewerkt = Kandidaten.volledig(referentie);
        bijgewerkt.put("doelgroepen", List.of("bijstand"));
        bijgewerkt.put("urenPerWeek", 32);
        Kandidaten.push(gemeente, List.of(bijgewerkt)).statusCode(200)
                .body("resultaten[0].id", equalTo(kandidaat.toString()))
                .body("resultaten[0].resultaat", equalTo("bijgewerkt"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", gemeente)).isEqualTo(1);
    }

    @Test
    void een_geweigerde_overdracht_laat_de_kandidaat_bij_de_eigen_partner() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.adviseur(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");

        besluit(TestBellers.adviseur(gemeente), id, "weigering", Map.of("reden", "Woont niet in onze gemeente")).statusCode(200)
                .body("status", equalTo("geweigerd"))
                .body("redenWeigering", equalTo("Woont niet in onze gemeente"))
                .body("beslotenDoor", equalTo(TestBellers.adviseurId(gemeente).toString()));

        leesKandidaat(TestBellers.partnersysteem(uwv), kandidaat).statusCode(200);
        assertThat(tekst("SELECT partner FROM kandidaat WHERE id = ?", kandidaat)).isEqualTo(uwv);
        // decided once, never again
        besluit(TestBellers.adviseur(gemeente), id, "aanvaarding", Map.of("referentie", "X-" + UUID.randomUUID())).statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("overdracht-al-besloten"));
        assertThat(tekst("SELECT partner FROM kandidaat WHERE id = ?", kandidaat)).isEqualTo(uwv);
        // and after a refusal the owner may offer again
        bied(TestBellers.adviseur(uwv), kandidaat, gemeente).statusCode(201);
    }

    @Test
    void alleen_de_ontvangende_partner_besluit_en_een_derde_ziet_de_overdracht_niet() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        String derde = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");

        besluit(TestBellers.partnersysteem(uwv), id, "aanvaarding", Map.of("referentie", "X-" + UUID.randomUUID())).statusCode(403);
        besluit(TestBellers.partnersysteem(derde), id, "aanvaarding", Map.of("referentie", "X-" + UUID.randomUUID())).statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(derde)).when().get("/api/v1/overdrachten/" + id).then().statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(derde)).when().get("/api/v1/overdrachten").then().statusCode(200)
                .body("resultaten.id", not(hasItem(id)));
        // another partner's candidate cannot be offered: it does not exist for the caller
        bied(TestBellers.partnersysteem(derde), kandidaat, gemeente).statusCode(404);

        given().auth().oauth2(TestBellers.partnersysteem(gemeente)).when().get("/api/v1/overdrachten?status=aangeboden").then()
                .statusCode(200).body("resultaten.id", hasItem(id));
        given().auth().oauth2(TestBellers.partnersysteem(uwv)).when().get("/api/v1/overdrachten/" + id).then()
                .statusCode(200).body("status", equalTo("aangeboden"));
        assertThat(tekst("SELECT partner FROM kandidaat WHERE id = ?", kandidaat)).isEqualTo(uwv);
    }

    @Test
    void de_ontvanger_is_een_actieve_partner_van_dezelfde_regio_anders_400_op_naarPartner() {
        String uwv = "uwv-test-" + kort();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        TestBellers.partner("gemeente-tilburg"); // Midden-Brabant

        for (String naar : List.of("gemeente-tilburg", "bestaat-niet-" + kort(), uwv)) {
            bied(TestBellers.partnersysteem(uwv), kandidaat, naar).statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("naarPartner"));
        }
        given().auth().oauth2(TestBellers.partnersysteem(uwv)).contentType("application/json")
                .body(Map.of("kandidaatId", kandidaat.toString(), "naarPartner", ontvanger(), "reden", "omdat"))
                .when().post("/api/v1/overdrachten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
        assertThat(tel("SELECT count(*) FROM kandidaat_overdracht WHERE kandidaat_id = ?", kandidaat)).isZero();
    }

    @Test
    void een_tweede_aanbod_terwijl_het_eerste_open_staat_is_409() {
        String uwv = "uwv-test-" + kort();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        bied(TestBellers.partnersysteem(uwv), kandidaat, ontvanger()).statusCode(201);

        bied(TestBellers.partnersysteem(uwv), kandidaat, ontvanger()).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("overdracht-al-aangeboden"));
        assertThat(tel("SELECT count(*) FROM kandidaat_overdracht WHERE kandidaat_id = ?", kandidaat)).isEqualTo(1);
    }

    @Test
    void een_referentie_die_de_ontvanger_al_gebruikt_is_409_en_verandert_niets() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        String bezet = Kandidaten.referentie();
        Kandidaten.pushEen(gemeente, Kandidaten.volledig(bezet));
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");

        besluit(TestBellers.partnersysteem(gemeente), id, "aanvaarding", Map.of("referentie", bezet)).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("referentie-bezet"));
        assertThat(tekst("SELECT partner FROM kandidaat WHERE id = ?", kandidaat)).isEqualTo(uwv);
        assertThat(tekst("SELECT status FROM kandidaat_overdracht WHERE id = ?::uuid", id)).isEqualTo("aangeboden");
    }

    @Test
    void een_ingetrokken_kandidaat_wordt_niet_overgedragen() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");
        given().auth().oauth2(TestBellers.partnersysteem(uwv)).contentType("application/json").body("{\"reden\": \"verhuisd\"}")
                .when().post("/api/v1/kandidaten/" + kandidaat + "/intrekken").then().statusCode(200);

        besluit(TestBellers.partnersysteem(gemeente), id, "aanvaarding", Map.of("referentie", "X-" + UUID.randomUUID())).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("kandidaat-niet-beschikbaar"));
        assertThat(tekst("SELECT partner FROM kandidaat WHERE id = ?", kandidaat)).isEqualTo(uwv);
        bied(TestBellers.partnersysteem(uwv), kandidaat, ontvanger()).statusCode(409);
    }

    @Test
    void elke_stap_van_de_overdracht_staat_in_het_verwerkingslogboek() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");
        besluit(TestBellers.partnersysteem(gemeente), id, "aanvaarding", Map.of("referentie", "NIEUW-" + UUID.randomUUID())).statusCode(200);

        for (String handeling : List.of("overdracht-aangeboden", "overdracht-aanvaard")) {
            assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND handeling = ? AND status = 'OK'",
                    kandidaat, handeling)).as(handeling).isEqualTo(1);
        }
    }

    @Test
    void na_de_wissing_van_de_kandidaat_noemt_de_overdracht_hem_niet_meer() {
        String uwv = "uwv-test-" + kort();
        String gemeente = ontvanger();
        UUID kandidaat = Kandidaten.pushEen(uwv, Kandidaten.volledig(Kandidaten.referentie()));
        String id = bied(TestBellers.partnersysteem(uwv), kandidaat, gemeente).statusCode(201).extract().path("id");
        besluit(TestBellers.partnersysteem(gemeente), id, "weigering", Map.of("reden", "Niet onze inwoner")).statusCode(200);
        given().auth().oauth2(TestBellers.partnersysteem(uwv)).when().delete("/api/v1/kandidaten/" + kandidaat).then().statusCode(204);

        assertThat(tel("SELECT count(*) FROM kandidaat_overdracht WHERE kandidaat_id = ?", kandidaat)).isZero();
        assertThat(tekst("SELECT coalesce(reden_weigering, '') FROM kandidaat_overdracht WHERE id = ?::uuid", id)).isEmpty();
    }

    private static ValidatableResponse bied(String token, UUID kandidaat, String naar) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("kandidaatId", kandidaat.toString(), "naarPartner", naar, "reden", "einde-ww"))
                .when().post("/api/v1/overdrachten").then();
    }

    private static ValidatableResponse besluit(String token, String id, String stap, Map<String, String> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/overdrachten/" + id + "/" + stap).then();
    }

    private static ValidatableResponse leesKandidaat(String token, UUID kandidaat) {
        return given().auth().oauth2(token).when().get("/api/v1/kandidaten/" + kandidaat).then();
    }

    private int laatstePooltotaal(String partner) throws Exception {
        String payload = tekst("SELECT payload FROM outbox_event WHERE type = ? AND aggregate_id = ? ORDER BY position DESC LIMIT 1",
                nl.wsp.matching.kandidaat.KandidatenpoolGewijzigdV1.TYPE, partner);
        com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload);
        return (event.has("data") ? event.get("data") : event).get("totaal").asInt();
    }

    private long tel(String sql, Object... params) {
        return Long.parseLong(tekst(sql, params));
    }

    private String tekst(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner of Amersfoort, known to this service as the partner events would have left it. */
    private static String ontvanger() {
        String code = Kandidaten.partner();
        TestBellers.partner(code);
        return code;
    }

    private static String kort() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
