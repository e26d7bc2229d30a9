package nl.wsp.matching.traject;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Learn-work tracks, orientation places and practical learning as trajectories with an outcome (issue 18 item 4,
 * ADR 0048; seed 002: "35 leerwerktrajecten", "25 oriëntatieplekken", "5 Praktijkverklaringen").
 */
@QuarkusTest
class TrajectTest {

    @Inject
    AgroalDataSource db;

    @Test
    void een_orientatieplek_die_naar_een_leerwerkplek_leidt_wordt_eenmaal_afgerond_met_die_uitkomst() {
        String partner = Kandidaten.partner();
        UUID kandidaat = Kandidaten.pushEen(partner, Kandidaten.volledig(Kandidaten.referentie()));
        String id = start(TestBellers.adviseur(partner), kandidaat, "orientatieplek", "2027-02-01", "2027-03-01").statusCode(201)
                .body("status", equalTo("lopend"))
                .body("uitkomst", nullValue())
                .body("partner", equalTo(partner))
                .body("gestartDoor", equalTo(TestBellers.adviseurId(partner).toString()))
                .extract().path("id");

        rondAf(TestBellers.adviseur(partner), id, "2027-02-28", "naar-leerwerkplek").statusCode(200)
                .body("status", equalTo("afgerond"))
                .body("einddatum", equalTo("2027-02-28"))
                .body("uitkomst", equalTo("naar-leerwerkplek"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).queryParam("kandidaatId", kandidaat.toString())
                .when().get("/api/v1/trajecten").then().statusCode(200)
                .body("id", contains(id))
                .body("[0].uitkomst", equalTo("naar-leerwerkplek"));

        rondAf(TestBellers.adviseur(partner), id, "2027-03-01", "naar-werk").statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("traject-afgerond"));
        assertThat(tekst("SELECT uitkomst FROM kandidaat_traject WHERE id = ?::uuid", id)).isEqualTo("naar-leerwerkplek");
    }

    @Test
    void een_uitkomst_die_niet_bij_de_soort_past_of_een_einde_voor_de_start_is_400_met_het_veld() {
        String partner = Kandidaten.partner();
        UUID kandidaat = Kandidaten.pushEen(partner, Kandidaten.volledig(Kandidaten.referentie()));
        start(TestBellers.adviseur(partner), kandidaat, "leerwerktraject", "2027-02-01", "2027-01-31").statusCode(400)
                .body("invalidParams[0].name", equalTo("geplandeEinddatum"));
        start(TestBellers.adviseur(partner), kandidaat, "stage", "2027-02-01", null).statusCode(400)
                .body("invalidParams[0].name", equalTo("soort"));
        assertThat(tel("SELECT count(*) FROM kandidaat_traject WHERE kandidaat_id = ?", kandidaat)).isZero();

        String orientatie = start(TestBellers.adviseur(partner), kandidaat, "orientatieplek", "2027-02-01", null).statusCode(201)
                .extract().path("id");
        rondAf(TestBellers.adviseur(partner), orientatie, "2027-03-01", "diploma-of-certificaat").statusCode(400)
                .body("invalidParams[0].name", equalTo("uitkomst"));
        rondAf(TestBellers.adviseur(partner), orientatie, "2027-01-15", "naar-werk").statusCode(400)
                .body("invalidParams[0].name", equalTo("einddatum"));
        assertThat(tekst("SELECT status FROM kandidaat_traject WHERE id = ?::uuid", orientatie)).isEqualTo("lopend");

        String leren = start(TestBellers.adviseur(partner), kandidaat, "praktijkleren", "2027-02-01", null).statusCode(201)
                .extract().path("id");
        rondAf(TestBellers.adviseur(partner), leren, "2027-06-30", "praktijkverklaring").statusCode(200);
    }

    @Test
    void alleen_de_partner_van_de_kandidaat_ziet_en_wijzigt_zijn_trajecten() {
        String partner = Kandidaten.partner();
        String ander = Kandidaten.partner();
        UUID kandidaat = Kandidaten.pushEen(partner, Kandidaten.volledig(Kandidaten.referentie()));
        String id = start(TestBellers.adviseur(partner), kandidaat, "leerwerktraject", "2027-02-01", null).statusCode(201)
                .extract().path("id");

        start(TestBellers.adviseur(ander), kandidaat, "leerwerktraject", "2027-02-01", null).statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(ander)).when().get("/api/v1/trajecten/" + id).then().statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(ander)).queryParam("kandidaatId", kandidaat.toString())
                .when().get("/api/v1/trajecten").then().statusCode(404);
        rondAf(TestBellers.partnersysteem(ander), id, "2027-06-30", "naar-werk").statusCode(404);
        assertThat(tekst("SELECT status FROM kandidaat_traject WHERE id = ?::uuid", id)).isEqualTo("lopend");
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/trajecten/" + id).then().statusCode(200);
    }

    @Test
    void elke_stap_van_een_traject_staat_in_het_verwerkingslogboek() {
        String partner = Kandidaten.partner();
        UUID kandidaat = Kandidaten.pushEen(partner, Kandidaten.volledig(Kandidaten.referentie()));
        String id = start(TestBellers.adviseur(partner), kandidaat, "leerwerktraject", "2027-02-01", null).statusCode(201)
                .extract().path("id");
        rondAf(TestBellers.adviseur(partner), id, "2027-12-20", "diploma-of-certificaat").statusCode(200);

        for (String handeling : List.of("traject-gestart", "traject-afgerond")) {
            assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND handeling = ? AND status = 'OK'",
                    kandidaat, handeling)).as(handeling).isEqualTo(1);
        }
    }

    @Test
    void na_de_wissing_van_de_kandidaat_noemt_het_traject_hem_niet_meer() {
        String partner = Kandidaten.partner();
        UUID kandidaat = Kandidaten.pushEen(partner, Kandidaten.volledig(Kandidaten.referentie()));
        String id = start(TestBellers.adviseur(partner), kandidaat, "orientatieplek", "2027-02-01", null).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().delete("/api/v1/kandidaten/" + kandidaat).then().statusCode(204);

        assertThat(tel("SELECT count(*) FROM kandidaat_traject WHERE kandidaat_id = ?", kandidaat)).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat_traject WHERE id = ?::uuid", id)).isEqualTo(1); // kept for counting
    }

    private static ValidatableResponse start(String token, UUID kandidaat, String soort, String start, String gepland) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kandidaatId", kandidaat.toString(), "soort", soort, "startdatum", start));
        if (gepland != null) {
            body.put("geplandeEinddatum", gepland);
        }
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/trajecten").then();
    }

    private static ValidatableResponse rondAf(String token, String id, String einddatum, String uitkomst) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("einddatum", einddatum, "uitkomst", uitkomst))
                .when().post("/api/v1/trajecten/" + id + "/afronding").then();
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
}
