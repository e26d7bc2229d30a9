package nl.wsp.reporting.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.platform.regels.Invoerfuzz;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document, fed wrong input one part at a time (the frame's {@link Invoerfuzz}):
 * never a 5xx, every refusal problem JSON, and no refusal changes a row count of the tables reporting-service's operations
 * write. The read models the consumers fill from other services' events are not counted: those events may arrive
 * meanwhile.
 */
@QuarkusTest
class InvoerFuzzTest {

    @Inject
    DataSource database;

    @Test
    void geen_invoer_geeft_een_5xx_en_geen_weigering_laat_iets_achter() throws Exception {
        String regio = TestRegio.nieuw();
        Map<String, Object> doel = Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "ww",
                "gemeenten", List.of("Soest"), "aantal", 3);
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doel);
        String id = given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .post("/api/v1/doelstellingen").then().statusCode(201).extract().path("id");

        Invoerfuzz.Resultaat resultaat = Invoerfuzz.voor(database)
                .token(op -> Tokens.beheerder())
                .pad("/api/v1/doelstellingen/{id}", "id", id)
                .pad("regio", regio)
                .voorbeeld("stelDoelstellingVast", body)
                .voorbeeld("wijzigDoelstelling", body)
                .veld("regio", regio)
                .sla("herbouwRapportages") // rebuilds every read model from the start: no input, and slow
                // what the HTTP operations write; every other table is a read model the consumers fill from other
                // services' events, which keep arriving while the test runs (the backlog of the modules tested before)
                .telAlleen("doelstelling", "regio", "gemeente")
                .run();

        System.out.println("reporting-service fuzz: " + resultaat);
        resultaat.aanvaardeVarianten().forEach(v -> System.out.println("  aanvaard: " + v));
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.vijfhonderden()).isZero();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(18);
        assertThat(resultaat.verzoeken()).isGreaterThan(200);
    }
}
