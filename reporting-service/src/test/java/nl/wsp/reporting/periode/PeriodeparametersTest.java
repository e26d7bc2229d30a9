package nl.wsp.reporting.periode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every report over a period refuses the same bad year, quarter or month with the same 400 naming the parameter; a
 * quarter and a month together name {@code maand} (one Periode for all of them).
 */
@QuarkusTest
class PeriodeparametersTest {

    @ParameterizedTest(name = "{0}?{1}={2} is 400 naming {3}")
    @CsvSource({
            "/api/v1/rapportages/plaatsingen, jaar, 1999, jaar",
            "/api/v1/rapportages/stuurgroep, jaar, 2101, jaar",
            "/api/v1/rapportages/dienstverlening, kwartaal, 5, kwartaal",
            "/api/v1/rapportages/netwerk, maand, 13, maand",
            "/api/v1/rapportages/netwerk, kwartaal, 0, kwartaal",
            "/api/v1/rapportages/dienstverlening, maand, 0, maand",
            "/api/v1/rapportages/evenementen, kwartaal, 5, kwartaal",
            "/api/v1/rapportages/evenementen, jaar, 1999, jaar",
    })
    void een_waarde_buiten_de_grenzen_is_400_met_de_parameter_bij_elk_rapport(String pad, String parameter, String waarde, String veld) {
        var verzoek = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort");
        if (!parameter.equals("jaar")) {
            verzoek.queryParam("jaar", 2026);
        }
        verzoek.queryParam(parameter, waarde).when().get(pad)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", contains(veld));
    }

    @ParameterizedTest(name = "{0} without jaar is 400 naming jaar")
    @CsvSource({"/api/v1/rapportages/plaatsingen", "/api/v1/rapportages/dienstverlening", "/api/v1/rapportages/netwerk",
            "/api/v1/rapportages/evenementen"})
    void zonder_jaar_is_400_met_jaar(String pad) {
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort").when().get(pad)
                .then().statusCode(400).body("invalidParams.name", contains("jaar"))
                .body("invalidParams.reason", contains("verplicht"));
    }

    @ParameterizedTest(name = "{0} with a quarter and a month is 400 naming maand")
    @CsvSource({"/api/v1/rapportages/stuurgroep", "/api/v1/rapportages/dienstverlening", "/api/v1/rapportages/netwerk",
            "/api/v1/rapportages/evenementen"})
    void een_kwartaal_en_een_maand_samen_is_400_met_maand(String pad) {
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", "Amersfoort").queryParam("jaar", 2026)
                .queryParam("kwartaal", 1).queryParam("maand", 2).when().get(pad)
                .then().statusCode(400).body("invalidParams.name", contains("maand"));
    }
}
