package nl.wsp.matching.instrument;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.TestPartners;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13: a regional fund exists once per region of the reference data, is set up and filled by a beheerder of that
 * region, and is seen only by who works in that region. Refusals store nothing. (Midden-Brabant belongs to
 * InstrumentInzetTest; each region here to one test, as a fund can be set up only once.)
 */
@QuarkusTest
class RegiofondsTest {

    static final String GOOI = "Gooi en Vechtstreek";
    static final String LIMBURG = "Midden-Limburg";

    @Inject
    EntityManager em;

    @Test
    void een_fonds_wordt_eenmaal_ingericht_een_tweede_keer_is_409_en_verandert_niets() {
        String location = given().auth().oauth2(Tokens.beheerder(GOOI)).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + GOOI + "\", \"bedragPerGeplandePlaatsing\": 1250}")
                .when().post("/api/v1/regiofondsen")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/regiofondsen/Gooi%20en%20Vechtstreek"))
                .body("regio", equalTo(GOOI)).extract().header("Location");
        given().auth().oauth2(Tokens.beheerder(GOOI)).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + GOOI + "\", \"bedragPerGeplandePlaatsing\": 99}")
                .when().post("/api/v1/regiofondsen")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:fonds-bestaat"));
        given().auth().oauth2(Tokens.beheerder(GOOI)).urlEncodingEnabled(false).when().get(location)
                .then().statusCode(200).body("bedragPerGeplandePlaatsing", equalTo(1250.0f)).body("saldo", equalTo(0.0f));
    }

    @Test
    void een_onbekende_of_reusachtige_regio_is_400_met_het_veld_en_er_komt_geen_fonds() {
        long voor = fondsen();
        for (String regio : List.of("Atlantis", "../../etc/passwd", "Gooi en Vechtstreek/x", "x".repeat(70_000))) {
            given().auth().oauth2(Tokens.beheerder(regio.length() > 100 ? "x" : regio)).contentType(ContentType.JSON)
                    .body("{\"regio\": \"" + regio + "\", \"bedragPerGeplandePlaatsing\": 1250}")
                    .when().post("/api/v1/regiofondsen")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("regio"));
        }
        given().auth().oauth2(Tokens.beheerder(LIMBURG)).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + LIMBURG + "\", \"bedragPerGeplandePlaatsing\": 1e15}")
                .when().post("/api/v1/regiofondsen")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("bedragPerGeplandePlaatsing"));
        assertThat(fondsen()).isEqualTo(voor);
    }

    @Test
    void alleen_een_beheerder_van_de_regio_richt_in_en_stort_en_alleen_de_regio_ziet_het_saldo() {
        given().auth().oauth2(Tokens.beheerder(GOOI)).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + LIMBURG + "\", \"bedragPerGeplandePlaatsing\": 1000}")
                .when().post("/api/v1/regiofondsen").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + LIMBURG + "\", \"bedragPerGeplandePlaatsing\": 1000}")
                .when().post("/api/v1/regiofondsen").then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder(LIMBURG)).contentType(ContentType.JSON)
                .body("{\"regio\": \"" + LIMBURG + "\", \"bedragPerGeplandePlaatsing\": 1000}")
                .when().post("/api/v1/regiofondsen").then().statusCode(201);

        given().auth().oauth2(Tokens.beheerder(GOOI)).contentType(ContentType.JSON).body("{\"gemeente\": \"Roermond\", \"geplandePlaatsingen\": 3}")
                .when().post("/api/v1/regiofondsen/{regio}/stortingen", LIMBURG).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder(LIMBURG)).contentType(ContentType.JSON).body("{\"gemeente\": \"Roermond\", \"geplandePlaatsingen\": 1.5}")
                .when().post("/api/v1/regiofondsen/{regio}/stortingen", LIMBURG)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("geplandePlaatsingen"));
        given().auth().oauth2(Tokens.beheerder(LIMBURG)).contentType(ContentType.JSON).body("{\"gemeente\": \"Roermond\", \"geplandePlaatsingen\": 100000}")
                .when().post("/api/v1/regiofondsen/{regio}/stortingen", LIMBURG).then().statusCode(200).body("saldo", equalTo(1.0E8f));

        TestPartners.bekend(em, "gemeente-roermond", LIMBURG);
        TestPartners.bekend(em, "gemeente-hilversum", GOOI);
        given().auth().oauth2(TestBellers.adviseur("gemeente-roermond")).when().get("/api/v1/regiofondsen/{regio}", LIMBURG)
                .then().statusCode(200).body("saldo", equalTo(1.0E8f));
        given().auth().oauth2(Tokens.dashboard(LIMBURG)).when().get("/api/v1/regiofondsen/{regio}", LIMBURG).then().statusCode(200);
        given().auth().oauth2(Tokens.adviseur("bestaat-niet")).when().get("/api/v1/regiofondsen/{regio}", LIMBURG)
                .then().statusCode(403).contentType("application/problem+json");
        for (String ander : List.of(TestBellers.adviseur("gemeente-hilversum"), Tokens.dashboard(GOOI),
                Tokens.dashboard(), Tokens.beheerder(GOOI))) {
            given().auth().oauth2(ander).when().get("/api/v1/regiofondsen/{regio}", LIMBURG)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM regiofonds_mutatie WHERE regio = ?1").setParameter(1, LIMBURG).getSingleResult()).longValue()))
                .isEqualTo(1);
    }

    private long fondsen() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM regiofonds")
                .getSingleResult()).longValue());
    }
}
