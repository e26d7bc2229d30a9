package nl.wsp.vacancy.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.privacy.BsnGenerator;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The frame's BSN guard on vacancy-service: 400 naming the field, never echoed, nothing stored. */
@QuarkusTest
class BsnWeigeringTest {

    private static final String BSN_TYPE = "urn:nl:wsp:probleem:bsn-geweigerd";

    @Inject
    EntityManager em;

    @BeforeEach
    void partnersBekend() {
        Testdata.partners(em);
    }

    private long vacatures() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM vacature").getSingleResult()).longValue());
    }

    @Test
    void een_bsn_in_de_omschrijving_van_een_vacature_is_400_en_wordt_niet_bewaard() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String bsn = BsnGenerator.nieuw();
        Map<String, Object> body = new HashMap<>(Testdata.vacature(account.werkgeverId()));
        body.put("omschrijving", "Geschikt voor onze vorige kandidaat (bsn " + bsn.substring(0, 3) + " " + bsn.substring(3, 6)
                + " " + bsn.substring(6) + ")");
        long voor = vacatures();
        String antwoord = given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/vacatures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("omschrijving"))
                .extract().asString();
        assertThat(antwoord).doesNotContain(bsn).doesNotContain(bsn.substring(3, 6) + " " + bsn.substring(6));
        assertThat(vacatures()).isEqualTo(voor);
    }

    @Test
    void een_bsn_in_een_zoekparameter_is_400_met_de_parameter() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String bsn = BsnGenerator.nieuw();
        String antwoord = given().auth().oauth2(account.token()).queryParam("gemeente", "GA:" + bsn)
                .when().get("/api/v1/vacatures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("gemeente"))
                .extract().asString();
        assertThat(antwoord).doesNotContain(bsn);
    }
}
