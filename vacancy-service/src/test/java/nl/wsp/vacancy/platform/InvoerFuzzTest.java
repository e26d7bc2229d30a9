package nl.wsp.vacancy.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.regels.Invoerfuzz;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document, fed wrong input one part at a time (the frame's {@link Invoerfuzz}):
 * never a 5xx, every refusal problem JSON, and no refusal changes a row count of vacancy-service's database. The
 * tables the consumers fill from account-service's events are not counted: those events may still arrive meanwhile.
 */
@QuarkusTest
class InvoerFuzzTest {

    private static final Set<String> PARTNERSYSTEEM = Set.of("registreerWebhookAbonnement", "lijstWebhookAbonnementen",
            "leesWebhookAbonnement", "beeindigWebhookAbonnement", "lijstAfleveringen");
    /** What only a beheerder may do: a region's settings (a plausible change without If-Match is 428, nothing changes). */
    private static final Set<String> BEHEERDER = Set.of("wijzigRegioInstellingen", "lijstRegioInstellingWijzigingen");

    @Inject
    DataSource database;

    @Inject
    EntityManager em;

    @Test
    void geen_invoer_geeft_een_5xx_en_geen_weigering_laat_iets_achter() throws Exception {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> vacature = Testdata.vacature(account.werkgeverId());
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(vacature);
        String id = given().auth().oauth2(account.token()).contentType("application/json").body(body)
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");

        Invoerfuzz.Resultaat resultaat = Invoerfuzz.voor(database)
                .token(op -> PARTNERSYSTEEM.contains(op.operationId()) ? Tokens.partnersysteem("gemeente-amersfoort")
                        : "telVacatures".equals(op.operationId()) ? Tokens.dashboard()
                        : BEHEERDER.contains(op.operationId()) ? Tokens.beheerder() : account.token())
                .pad("regio", "Amersfoort")
                .pad("/api/v1/vacatures/{id}", "id", id)
                .pad("/api/v1/vacatures/{id}/breed-uitzetten", "id", id)
                .pad("/api/v1/vacatures/{id}/intrekken", "id", id)
                .voorbeeld("openVacature", body)
                .voorbeeld("wijzigVacature", body)
                .veld("url", "https://example.org/webhook")
                .telNiet("partner").telNiet("adviseur").telNiet("werkgever").telNiet("inbox_event")
                .telNiet("vacature_plaatsing")
                // ESCO: loaded from the repository's data at start-up, written by no operation (17,000 rows to count)
                .telNiet("esco_vaardigheid").telNiet("esco_beroep")
                .run();

        System.out.println("vacancy-service fuzz: " + resultaat);
        resultaat.aanvaardeVarianten().forEach(v -> System.out.println("  aanvaard: " + v));
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.vijfhonderden()).isZero();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(13);
        assertThat(resultaat.verzoeken()).isGreaterThan(150);
    }
}
