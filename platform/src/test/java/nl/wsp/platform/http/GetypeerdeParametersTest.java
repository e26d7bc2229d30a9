package nl.wsp.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Typed query parameters: a value of the wrong type is a 400 naming the parameter, never a 404 or a silent false. */
@QuarkusTest
class GetypeerdeParametersTest {

    private static final String ADVISEUR = Tokens.adviseur("gemeente-amersfoort");

    @Test
    void juist_getypeerde_parameters_worden_gelezen_en_een_enum_bij_zijn_json_naam() {
        given().auth().oauth2(ADVISEUR)
                .queryParam("aantal", 12).queryParam("actief", "false").queryParam("kleur", "licht-blauw")
                .queryParam("datum", "2026-02-28").queryParam("id", "7d1d2b0e-8a43-4c44-9a57-3f0f3c1c8b10")
                .get("/api/v1/proeven/getypeerd")
                .then().statusCode(200)
                .body("aantal", equalTo("12")).body("actief", equalTo("false")).body("kleur", equalTo("LICHT_BLAUW"))
                .body("datum", equalTo("2026-02-28"));
    }

    @ParameterizedTest(name = "{0}={1} is 400 naming {0}")
    @CsvSource({
            "aantal, abc", "aantal, 1.5", "aantal, 2147483648", "aantal, 0", "aantal, 13",
            "actief, ja", "actief, 1", "kleur, LICHT_BLAUW", "kleur, groen", "datum, 2026-02-30", "datum, morgen",
            "id, geen-id",
    })
    void een_waarde_van_het_verkeerde_type_of_buiten_de_grenzen_is_400_met_de_parameter(String parameter, String waarde) {
        given().auth().oauth2(ADVISEUR).queryParam(parameter, waarde)
                .get("/api/v1/proeven/getypeerd")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("invalidParams.name", contains(parameter));
    }
}
