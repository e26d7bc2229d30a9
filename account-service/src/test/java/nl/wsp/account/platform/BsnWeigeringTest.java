package nl.wsp.account.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.platform.privacy.BsnGenerator;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The frame's BSN guard on account-service's free text and parameters: 400 naming the field, never echoed, nothing stored. */
@QuarkusTest
class BsnWeigeringTest {

    private static final String BSN_TYPE = "urn:nl:wsp:probleem:bsn-geweigerd";

    @Inject
    EntityManager em;

    private long rijen(String tabel) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM " + tabel).getSingleResult()).longValue());
    }

    @Test
    void een_bsn_in_de_samenvatting_van_een_contactmoment_is_400_en_wordt_niet_bewaard() {
        Testdata.Adviseur adviseur = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Bakkerij Test", "horeca", 12, adviseur.id());
        String bsn = BsnGenerator.nieuw();
        long voor = rijen("contactmoment");
        String body = given().auth().oauth2(adviseur.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "bezoek", "datum": "%s", "adviseurId": "%s",
                         "samenvatting": "Sprak over kandidaat met BSN %s, past goed"}
                        """.formatted(LocalDate.now().minusDays(1), adviseur.id(), BsnGenerator.metPunten(bsn)))
                .when().post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("samenvatting"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn).doesNotContain(BsnGenerator.metPunten(bsn));
        assertThat(rijen("contactmoment")).isEqualTo(voor);
    }

    @Test
    void een_bsn_in_het_onderwerp_van_een_contactverzoek_is_400_en_wordt_niet_bewaard() {
        String werkgever = Testdata.werkgever("Thuiszorg Test", "zorg", 40, null);
        String bsn = BsnGenerator.nieuw();
        long voor = rijen("contactverzoek");
        String body = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Leerwerkplek voor GA-" + bsn + "\"}")
                .when().post("/api/v1/contactverzoeken")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("onderwerp"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
        assertThat(rijen("contactverzoek")).isEqualTo(voor);
    }

    @Test
    void een_bsn_in_de_naam_van_een_adviseur_is_400_en_wordt_niet_bewaard() {
        String partner = Testdata.partner();
        String bsn = BsnGenerator.nieuw();
        long voor = rijen("adviseur");
        String body = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "gebruikersnaam": "a-%s@%s", "naam": "Fatima %s"}
                        """.formatted(partner, Testdata.kort(), partner, bsn))
                .when().post("/api/v1/adviseurs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("naam"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
        assertThat(rijen("adviseur")).isEqualTo(voor);
    }

    @Test
    void een_bsn_in_een_zoekparameter_is_400_met_de_parameter_en_wordt_niet_herhaald() {
        String bsn = BsnGenerator.nieuw();
        String body = given().auth().oauth2(Testdata.adviseur().token()).queryParam("naam", "BSN" + bsn)
                .when().get("/api/v1/werkgevers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("naam"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
    }
}
