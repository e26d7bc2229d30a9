package nl.wsp.vacancy.vacature;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 13 item 6: a filter that names reference data answers 400 naming the parameter and what is allowed for an
 * unknown code, never an empty list that looks like "no vacancies there"; a known code filters.
 */
@QuarkusTest
class FilterReferentieTest {

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}={1} is 400 naming {0}")
    @CsvSource({
            "gemeente, Atlantis", "gemeente, abc", "gemeente, -1", "gemeente, ../../etc/passwd",
            "beroep, http://data.europa.eu/esco/occupation/bestaat-niet", "beroep, magazijnmedewerker",
            "beroep, " + Testdata.MAGAZIJNSYSTEMEN,
    })
    void een_onbekende_code_in_een_filter_is_400_met_de_parameter(String parameter, String waarde) {
        given().auth().oauth2(Testdata.adviseurToken(em, "gemeente-amersfoort")).queryParam(parameter, waarde)
                .get("/api/v1/vacatures").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains(parameter))
                .body("invalidParams[0].reason", containsString("toegestaan"));
    }

    @ParameterizedTest(name = "{0}={1} filters")
    @CsvSource({"gemeente, Amersfoort", "beroep, " + Testdata.MAGAZIJNMEDEWERKER})
    void een_bekende_code_filtert(String parameter, String waarde) {
        given().auth().oauth2(Testdata.adviseurToken(em, "gemeente-amersfoort")).queryParam(parameter, waarde)
                .get("/api/v1/vacatures").then().statusCode(200);
    }
}
