package nl.wsp.platform.logboek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
class VerwerkingslogboekTest {

    @Inject
    EntityManager em;
    @Inject
    Verwerkingslogboek logboek;
    @Inject
    TestKlok klok;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    @Test
    void een_lezing_logt_elke_betrokkene_die_het_antwoord_noemt_een_keer_met_trace_wie_en_grondslag() {
        UUID id = UUID.randomUUID();
        UUID ander = UUID.randomUUID();
        UUID derde = UUID.randomUUID();
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(Tokens.adviseur("gemeente-proef", "adviseur-7"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .queryParam("ander", ander).queryParam("derde", derde)
                .when().get("/proef/logboek/{id}", id).then().statusCode(200);

        List<Verwerkingslogboek.Regel> regels = QuarkusTransaction.requiringNew().call(() -> logboek.van(id));
        assertThat(regels).hasSize(1);
        Verwerkingslogboek.Regel r = regels.get(0);
        assertThat(r.actie()).isEqualTo("gelezen");
        assertThat(r.doel()).isEqualTo("proef");
        assertThat(r.verwerkingsactiviteitId()).isEqualTo("urn:nl:wsp:verwerkingsactiviteit:platform-test:proef");
        assertThat(r.doeleinde()).isEqualTo("Het logboek van het frame beproeven");
        assertThat(r.grondslag()).isEqualTo("AVG art. 6 lid 1 sub e (proef)");
        assertThat(r.traceId()).isEqualTo(trace);
        assertThat(r.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(r.wie()).isEqualTo("adviseur-7");
        assertThat(r.rol()).isEqualTo("adviseur");
        assertThat(r.partner()).isEqualTo("gemeente-proef");
        assertThat(r.status()).isEqualTo("OK");
        assertThat(r.dienst()).isEqualTo("platform-test");
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(ander))).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(derde))).hasSize(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND parent_span_id = '00f067aa0ba902b7'"
                + " AND betrokkene_type = 'urn:nl:wsp:platform-test:proefpersoon'", id)).isEqualTo(1);
    }

    @Test
    void een_schrijvende_operatie_logt_in_haar_eigen_transactie_en_niet_dubbel() {
        UUID id = UUID.randomUUID();
        given().when().post("/proef/logboek/{id}", id).then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(id)))
                .extracting(Verwerkingslogboek.Regel::actie).containsExactly("geschreven");
    }

    @Test
    void een_mislukte_schrijfactie_laat_alleen_een_foutregel_achter_zonder_de_foutmelding() {
        UUID id = UUID.randomUUID();
        String trace = "5bf92f3577b34da6a3ce929d0e0e4737";
        given().header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .queryParam("mislukt", true).when().post("/proef/logboek/{id}", id).then().statusCode(500);
        List<Verwerkingslogboek.Regel> regels = QuarkusTransaction.requiringNew().call(() -> logboek.van(id));
        assertThat(regels).hasSize(1);
        assertThat(regels.get(0).status()).isEqualTo("ERROR");
        assertThat(regels.get(0).actie()).isEqualTo("geschreven");
        assertThat(regels.get(0).traceId()).isEqualTo(trace);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'OK'"
                + " AND betrokkene = ?1", id)).as("the OK row rolled back with the write").isZero();
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE (handeling || activiteit_naam || doel) LIKE '%mislukt%'"
                + " AND betrokkene = ?1", id)).as("nothing of the exception's message").isZero();
    }

    @Test
    void een_geweigerde_toegang_staat_in_het_logboek_als_fout_zonder_betrokkene() {
        UUID id = UUID.randomUUID();
        String trace = "6bf92f3577b34da6a3ce929d0e0e4738";
        given().auth().oauth2(Tokens.adviseur("gemeente-ander", "adviseur-9"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .when().get("/proef/logboek/geweigerd/{id}", id).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(id))).as("the id the caller typed is not stored").isEmpty();
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'ERROR'"
                + " AND betrokkene IS NULL AND betrokkene_type IS NULL AND wie = 'adviseur-9' AND partner = 'gemeente-ander'"
                + " AND activiteit = 'proef' AND handeling = 'gelezen'")).isEqualTo(1);
    }

    @Test
    void een_betrokkene_van_een_andere_soort_krijgt_haar_eigen_type() {
        UUID id = UUID.randomUUID();
        given().when().get("/proef/logboek/medewerkers/{id}", id).then().statusCode(200);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND status = 'OK'"
                + " AND betrokkene_type = 'urn:nl:wsp:platform-test:medewerker-id'", id)).isEqualTo(1);
    }

    @Test
    void een_regel_met_status_ok_noemt_altijd_een_betrokkene() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO verwerkingslogboek (trace_id, span_id, handeling, status, begintijd, eindtijd, dienst, activiteit,
                    activiteit_id, activiteit_naam, doel, grondslag, wie, rol)
                VALUES ('6bf92f3577b34da6a3ce929d0e0e4739', '00f067aa0ba902b7', 'gelezen', 'OK', now(), now(), 'x', 'proef',
                    'urn:x', 'x', 'x', 'x', 'x', 'x')""").executeUpdate()));
    }

    @Test
    void een_trace_id_die_geen_geldige_traceparent_is_wordt_nooit_opgeslagen() {
        UUID id = UUID.randomUUID();
        given().header("traceparent", "BSN111222333").when().get("/proef/logboek/{id}", id).then().statusCode(200);
        Verwerkingslogboek.Regel r = QuarkusTransaction.requiringNew().call(() -> logboek.van(id)).get(0);
        assertThat(r.traceId()).matches("[0-9a-f]{32}").doesNotContain("111222333");
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND parent_span_id IS NULL", id)).isEqualTo(1);
    }

    @Test
    void buiten_een_gemarkeerde_operatie_weigert_het_logboek_te_schrijven() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> logboek.registreer(UUID.randomUUID(), "x")))
                .hasMessageContaining("@Persoonsgegevens");
    }

    @Test
    void de_architectuurregel_ziet_een_ongemarkeerde_operatie_die_een_betrokkene_noemt() throws Exception {
        Method lees = LogboekProefResource.class.getMethod("lees", UUID.class, UUID.class, UUID.class);
        Method ongemarkeerd = LogboekProefResource.class.getMethod("ongemarkeerd", UUID.class);
        assertThat(Betrokkenen.noemtBetrokkenen(lees.getGenericReturnType())).isTrue();
        assertThat(Betrokkenen.noemtBetrokkenen(ongemarkeerd.getGenericReturnType())).isTrue();
        assertThat(ongemarkeerd.isAnnotationPresent(Persoonsgegevens.class)).isFalse();
        assertThat(Betrokkenen.noemtBetrokkenen(String.class)).isFalse();
    }

    @Test
    void het_logboek_laat_zich_niet_herschrijven() {
        UUID id = UUID.randomUUID();
        given().when().post("/proef/logboek/{id}", id).then().statusCode(200);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE verwerkingslogboek SET wie = 'niemand' WHERE betrokkene = ?1").setParameter(1, id).executeUpdate()));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM verwerkingslogboek WHERE betrokkene = ?1").setParameter(1, id).executeUpdate()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(id))).hasSize(1);
    }

    @Test
    void na_de_bewaartermijn_verdwijnt_een_logregel_en_eerder_niet() {
        Instant t = Instant.parse("2031-05-04T10:00:00Z");
        klok.zetOp(t);
        UUID id = UUID.randomUUID();
        given().when().post("/proef/logboek/{id}", id).then().statusCode(200);

        klok.zetOp(Instant.parse("2032-05-04T09:59:59Z")); // the test application's period is P1Y
        while (logboek.ruimOp(LogboekOpschoning.BATCH) == LogboekOpschoning.BATCH) {
            // older rows of other tests go first
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(id))).hasSize(1);

        klok.verzet(Duration.ofSeconds(2));
        while (logboek.ruimOp(LogboekOpschoning.BATCH) == LogboekOpschoning.BATCH) {
            // idem
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> logboek.van(id))).isEmpty();
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private long tel(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
