package nl.wsp.matching.bewaartermijn;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.TestKlok;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import nl.wsp.matching.Plaatsingsdossier;
import nl.wsp.matching.TestPartners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention periods, enforced on the test clock (ADR 0017): nothing goes before its period has passed; then a
 * proposal's remark goes after four weeks, the withdrawn candidate is erased everywhere and an ended placement's notes go
 * after a year, decided instruments with their history after seven years; the placement, which reporting counts, stays
 * as it was. (Published outbox rows go by the frame's OutboxOpschoning, proven in the platform module.)
 */
@QuarkusTest
class BewaartermijnTest {

    static final String SOEST = Plaatsingsdossier.SOEST;

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    @Inject
    HandhaafBewaartermijnen bewaartermijnen;

    @BeforeEach
    void soestIsBekend() {
        TestPartners.bekend(em, "gemeente-soest", "Amersfoort");
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void na_de_bewaartermijn_is_de_vrije_tekst_de_ingetrokken_kandidaat_en_het_oude_besluit_weg_en_blijft_de_plaatsing() {
        klok.zetOp(Instant.parse("2032-03-01T09:00:00Z"));
        UUID ingetrokken = new Bemiddeling(em).kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        given().auth().oauth2(TestBellers.partnersysteem(SOEST)).contentType(ContentType.JSON).body("{\"reden\": \"verhuisd\"}")
                .when().post("/api/v1/kandidaten/{id}/intrekken", ingetrokken).then().statusCode(200);
        // placed on 2032-03-01, after-care on 2032-04-01, ended on 2032-04-15; the instrument decided on 2032-04-01
        Plaatsingsdossier dossier = Plaatsingsdossier.geplaatstEnBeeindigd(em, klok, LocalDate.parse("2032-03-01"), "bijstand");
        UUID geplaatst = dossier.kandidaat;
        String voordracht = dossier.voordracht;
        String plaatsing = dossier.plaatsing;
        String besluit = dossier.instrumentAfgewezen("geen budget meer dit jaar");

        // two weeks after the outcome: every period is still running
        klok.zetOp(Instant.parse("2032-03-15T09:00:00Z"));
        bewaartermijnen.handhaaf();
        assertThat(tel("SELECT count(*) FROM voordracht WHERE id = ?1 AND toelichting IS NOT NULL", voordracht)).isEqualTo(1);
        // two months later: the proposal's remark (four weeks after the outcome) is gone, the rest still runs
        klok.zetOp(Instant.parse("2032-05-01T09:00:00Z"));
        bewaartermijnen.handhaaf();
        assertThat(tel("SELECT count(*) FROM voordracht WHERE id = ?1 AND toelichting IS NOT NULL", voordracht)).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE id = ?1 AND status = 'ingetrokken'", ingetrokken)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM nazorgmoment WHERE plaatsing_id = ?1 AND notitie IS NOT NULL", plaatsing)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM plaatsing WHERE id = ?1 AND toelichting IS NOT NULL", plaatsing)).isEqualTo(1);

        // past a year: the withdrawn candidate and the after-care notes go; the decision (seven years) stays
        klok.zetOp(Instant.parse("2033-05-01T09:00:00Z"));
        HandhaafBewaartermijnen.Opgeruimd opgeruimd = bewaartermijnen.handhaaf();
        assertThat(opgeruimd.kandidaten()).isPositive();
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE id = ?1 AND status = 'gewist' AND referentie IS NULL "
                + "AND persoonsgegevens IS NULL", ingetrokken)).isEqualTo(1);
        List<ConsumerRecord<String, String>> gewist = TestKafka.readUntil("wsp.matching.kandidaten",
                r -> ingetrokken.toString().equals(r.key()) && r.value().contains("nl.werkgeversdienstverlening.kandidaten.gewist.v1"), Duration.ofSeconds(30));
        assertThat(gewist).hasSize(1);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE id = ?1 AND status = 'beschikbaar'", geplaatst)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM nazorgmoment WHERE plaatsing_id = ?1 AND notitie IS NOT NULL", plaatsing)).isZero();
        assertThat(tel("SELECT count(*) FROM plaatsing WHERE id = ?1 AND toelichting IS NOT NULL", plaatsing)).isZero();
        assertThat(tel("SELECT count(*) FROM instrument_inzet WHERE id = ?1 AND besluit_reden IS NOT NULL", besluit)).isEqualTo(1);
        // what reporting counts is untouched: the placement with its municipality, target groups and dates
        assertThat(tel("""
                SELECT count(*) FROM plaatsing WHERE id = ?1 AND gemeente = 'Soest' AND doelgroepen = ARRAY['bijstand']
                   AND startdatum = DATE '2032-03-01' AND einddatum = DATE '2032-04-15'""", plaatsing)).isEqualTo(1);

        // past seven years: the decided deployment goes, with its append-only history
        klok.zetOp(Instant.parse("2039-05-01T09:00:00Z"));
        assertThat(bewaartermijnen.handhaaf().instrumentinzetten()).isPositive();
        assertThat(tel("SELECT count(*) FROM instrument_inzet WHERE id = ?1", besluit)).isZero();
        assertThat(tel("SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id = ?1", besluit)).isZero();
        assertThat(tel("SELECT count(*) FROM plaatsing WHERE id = ?1", plaatsing)).isEqualTo(1);
    }

    @Test
    void de_geschiedenis_van_een_instrumentinzet_blijft_buiten_wissing_en_bewaartermijn_onveranderlijk() {
        klok.zetOp(Instant.parse("2032-03-01T09:00:00Z"));
        UUID kandidaat = new Bemiddeling(em).kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String besluit = Plaatsingsdossier.instrumentAfgewezen(kandidaat, "te laat aangevraagd");
        for (String sql : List.of(
                "UPDATE instrument_inzet_historie SET reden = 'iets anders' WHERE inzet_id = ?1",
                "UPDATE instrument_inzet_historie SET door = 'iemand', reden = NULL WHERE inzet_id = ?1",
                "DELETE FROM instrument_inzet_historie WHERE inzet_id = ?1")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                            em.createNativeQuery(sql).setParameter(1, UUID.fromString(besluit)).executeUpdate()))
                    .as(sql).hasStackTraceContaining("append-only");
        }
        assertThat(tel("SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id = ?1 AND reden IS NOT NULL", besluit))
                .isEqualTo(1);
    }

    private long tel(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                q.setParameter(i + 1, p instanceof String t ? UUID.fromString(t) : p);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
