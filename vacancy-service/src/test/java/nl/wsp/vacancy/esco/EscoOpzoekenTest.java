package nl.wsp.vacancy.esco;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every ESCO URI the API returns resolves to its labels (docs/api.md, "ESCO-begrippen opzoeken"): the occupation and
 * skills of a vacancy, which matching copies into its matches, Dutch where there is a Dutch label.
 */
@QuarkusTest
class EscoOpzoekenTest {

    @Inject
    EntityManager em;

    @Test
    void het_beroep_en_de_vaardigheden_die_een_vacature_teruggeeft_zijn_op_te_zoeken_in_het_nederlands() {
        Testdata.partners(em);
        Testdata.Account eigenaar = Testdata.werkgever(em, "gemeente-amersfoort");
        String id = given().auth().oauth2(eigenaar.token()).contentType(ContentType.JSON)
                .body(Testdata.vacature(eigenaar.werkgeverId())).post("/api/v1/vacatures")
                .then().statusCode(201).extract().path("id");
        var vacature = given().auth().oauth2(eigenaar.token()).get("/api/v1/vacatures/" + id).then().statusCode(200).extract();
        String beroep = vacature.path("escoBeroep");
        List<String> vaardigheden = vacature.path("vereisteVaardigheden");
        assertThat(vaardigheden).contains(Testdata.MAGAZIJNSYSTEMEN);

        given().auth().oauth2(eigenaar.token()).queryParam("uri", beroep).get("/api/v1/esco/beroepen")
                .then().statusCode(200).header("Content-Language", "nl")
                .body("uri", equalTo(beroep), "label", equalTo("magazijnmedewerker kleding"), "taal", equalTo("nl"),
                        "labelNl", equalTo("magazijnmedewerker kleding"), "labelEn", equalTo("warehouse operators for clothing"));
        given().auth().oauth2(eigenaar.token()).queryParam("uri", Testdata.MAGAZIJNSYSTEMEN).get("/api/v1/esco/vaardigheden")
                .then().statusCode(200)
                .body("label", equalTo("gegevensregistratiesystemen voor magazijnen gebruiken"), "taal", equalTo("nl"),
                        "labelEn", equalTo("operate warehouse record systems"));
    }

    @Test
    void accept_language_en_geeft_de_engelse_term() {
        given().auth().oauth2(Tokens.beheerder()).header("Accept-Language", "en-GB, nl;q=0.5")
                .queryParam("uri", Testdata.MAGAZIJNMEDEWERKER).get("/api/v1/esco/beroepen")
                .then().statusCode(200).header("Content-Language", "en")
                .body("label", equalTo("warehouse operators for clothing"), "taal", equalTo("en"),
                        "labelNl", equalTo("magazijnmedewerker kleding"));
    }

    @Test
    void een_vaardigheid_zonder_nederlandse_term_toont_de_engelse_en_zegt_dat() {
        given().auth().oauth2(Tokens.beheerder()).queryParam("uri", Testdata.MAGAZIJNMATERIAAL).get("/api/v1/esco/vaardigheden")
                .then().statusCode(200).header("Content-Language", "en")
                .body("label", equalTo("operate warehouse materials"), "taal", equalTo("en"), "labelNl", nullValue());
    }

    @Test
    void een_onbekende_esco_uri_is_404_problem_json() {
        given().auth().oauth2(Tokens.beheerder())
                .queryParam("uri", "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000")
                .get("/api/v1/esco/beroepen")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void een_uri_die_niet_van_esco_is_of_van_de_andere_soort_is_400_op_het_veld_uri() {
        for (String[] geval : List.of(
                new String[]{"/api/v1/esco/beroepen", "https://example.org/beroep/1"},
                new String[]{"/api/v1/esco/beroepen", Testdata.MAGAZIJNSYSTEMEN},
                new String[]{"/api/v1/esco/vaardigheden", Testdata.MAGAZIJNMEDEWERKER},
                new String[]{"/api/v1/esco/vaardigheden", ""})) {
            given().auth().oauth2(Tokens.beheerder()).queryParam("uri", geval[1]).get(geval[0])
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", hasItem("uri"));
        }
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/esco/beroepen")
                .then().statusCode(400).body("invalidParams.name", hasItem("uri"));
    }
}
