package nl.wsp.matching.plaatsing;

import nl.wsp.matching.TestBellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.Plaatsingsdossier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure of a candidate reaches proposals, placements, after-care and instruments in the same transaction: the free
 * text goes, the rows kept for counting no longer name the erased id, and the events' pseudonym is cut loose (ADR 0017).
 */
@QuarkusTest
class WissingTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void na_wissing_blijft_geen_vrije_tekst_over_de_kandidaat_achter() {
        Plaatsingsdossier dossier = Plaatsingsdossier.geplaatstEnBeeindigd(em, klok, LocalDate.parse("2031-05-01"), "ww");
        UUID kandidaat = dossier.kandidaat;
        String plaatsing = dossier.plaatsing;
        String afgewezen = dossier.instrumentAfgewezen("mevrouw heeft schulden bij de gemeente");
        String goedgekeurd = dossier.instrumentGoedgekeurd("begeleiding nodig vanwege autisme");
        assertThat(tekst("SELECT count(*) FROM kandidaat_pseudoniem WHERE kandidaat_id = ?1", kandidaat)).isEqualTo(1);

        given().auth().oauth2(TestBellers.partnersysteem(Plaatsingsdossier.SOEST)).when().delete("/api/v1/kandidaten/{id}", kandidaat)
                .then().statusCode(204);

        assertThat(tekst("SELECT count(*) FROM voordracht WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM nazorgmoment WHERE kandidaat_id = ?1 AND notitie IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("""
                SELECT count(*) FROM instrument_inzet WHERE id IN (?1, ?2) AND besluit_reden IS NOT NULL""", afgewezen, goedgekeurd))
                .isZero();
        assertThat(tekst("""
                SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id IN (?1, ?2) AND reden IS NOT NULL""", afgewezen, goedgekeurd))
                .isZero();
        assertThat(tekst("SELECT count(*) FROM instrument_inzet_historie WHERE inzet_id IN (?1, ?2)", afgewezen, goedgekeurd))
                .as("the history itself stays").isEqualTo(4);
        // what is kept for counting no longer names the erased id, nor does the events' pseudonym lead back to it
        for (String tabel : List.of("voordracht", "plaatsing", "nazorgmoment", "instrument_inzet", "kandidaat_pseudoniem")) {
            assertThat(tekst("SELECT count(*) FROM " + tabel + " WHERE kandidaat_id = ?1", kandidaat)).as(tabel).isZero();
        }
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE id = ?1", plaatsing)).isEqualTo(1);
        assertThat(tekst("SELECT count(*) FROM instrument_inzet WHERE id IN (?1, ?2)", afgewezen, goedgekeurd)).isEqualTo(2);
    }

    private long tekst(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            jakarta.persistence.Query q = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                q.setParameter(i + 1, p instanceof String t ? UUID.fromString(t) : p);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
