package nl.wsp.matching.esco;

import nl.wsp.matching.TestBellers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

@QuarkusTest
class EscoTest {

    static final String SCHOONMAKER_GEBOUWEN = "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397";

    @Inject
    EscoImport esco;

    @Inject
    EscoCatalogus catalogus;

    @Test
    void de_versie_wordt_een_keer_geladen() {
        assertThat(esco.importeerIndienNodig()).as("already loaded at start-up").isFalse();
        assertThat(catalogus.bestaat(EscoCatalogus.Soort.BEROEP, SCHOONMAKER_GEBOUWEN)).isTrue();
    }

    @Test
    void labels_in_nederlands_en_engels_voorkeur_en_alternatief_worden_een_uri() {
        Map<String, String> uris = catalogus.los(EscoCatalogus.Soort.BEROEP,
                List.of("schoonmaker gebouwen", "Building Cleaner", "schoonmaker gebouw", "qqqq zzzz"));
        assertThat(uris).containsEntry("schoonmaker gebouwen", SCHOONMAKER_GEBOUWEN)
                .containsEntry("Building Cleaner", SCHOONMAKER_GEBOUWEN)
                .containsEntry("schoonmaker gebouw", SCHOONMAKER_GEBOUWEN)
                .doesNotContainKey("qqqq zzzz");
        assertThat(catalogus.los(EscoCatalogus.Soort.VAARDIGHEID, List.of("drive a forklift")))
                .containsEntry("drive a forklift", "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da");
    }

    @Test
    void autocomplete_op_beroepen_en_vaardigheden() {
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).queryParam("zoek", "schoonmaker geb")
                .when().get("/api/v1/esco/beroepen").then().statusCode(200)
                .body("uri", hasItem(SCHOONMAKER_GEBOUWEN))
                .body("size()", lessThanOrEqualTo(10));
        given().auth().oauth2(TestBellers.partnersysteem("uwv-amersfoort")).queryParam("zoek", "forklift").queryParam("limiet", 3)
                .when().get("/api/v1/esco/vaardigheden").then().statusCode(200)
                .body("size()", equalTo(3));
    }

    @Test
    void autocomplete_weigert_te_korte_zoektekst_en_het_dashboard() {
        given().auth().oauth2(Tokens.beheerder()).queryParam("zoek", "a")
                .when().get("/api/v1/esco/beroepen").then().statusCode(400)
                .body("invalidParams.name", hasItem("zoek"));
        given().auth().oauth2(Tokens.beheerder()).queryParam("zoek", "kok").queryParam("limiet", 500)
                .when().get("/api/v1/esco/beroepen").then().statusCode(400)
                .body("invalidParams.name", hasItem("limiet"));
        given().auth().oauth2(Tokens.dashboard()).queryParam("zoek", "kok")
                .when().get("/api/v1/esco/beroepen").then().statusCode(403);
    }
}
