package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.benchmark.Kandidaatgenerator;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.kandidaat.MatchprojectieHerbouw;
import nl.wsp.matching.vacature.Vacatures;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL pre-selection changes nothing for realistic data: over 4,000 generated candidates with skewed ESCO
 * occupations, the ranking (places, scores, explanations, which rule moved whom) equals ranking every candidate.
 * The pre-selection computes exactly the suitability and vulnerability the full profile gives, and reads nobody the
 * hard filters refuse. The match projection follows withdrawal and
 * erasure in the same transaction, and what is missing is rebuilt.
 */
@QuarkusTest
class VoorselectieTest {

    /** Most a candidate without a related occupation or any required skill can score: optional skills and education. */
    static final double BOVENGRENS_ONVERWANT = 20;

    @Inject
    AgroalDataSource db;

    @Inject
    MatchVacature matchVacature;

    @Inject
    Voorselectie voorselectie;

    @Inject
    Vacatures vacatures;

    @Inject
    Kandidaatprofielen profielen;

    @Inject
    EscoCatalogus esco;

    @Inject
    MatchprojectieHerbouw herbouw;

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
                UUID vacature = generator.openVacature(beroep, gemeente, gemeente.equals("Tilburg") ? "Midden-Brabant" : "Amersfoort", "gemeente-a-" + run);
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
    void de_voorselectie_rekent_dezelfde_geschiktheid_en_kwetsbaarheid_als_het_profiel() throws Exception {
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 13);
        String run = UUID.randomUUID().toString().substring(0, 6);
        generator.genereer(3_000, List.of("gemeente-g-" + run));
        Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        int vergeleken = 0;
        List<UUID> vacatureIds = new java.util.ArrayList<>();
        for (Kandidaatgenerator.Beroep beroep : List.of(generator.beroepen.get(0), generator.beroepen.get(3), generator.beroepen.get(60))) {
            vacatureIds.add(generator.openVacature(beroep, "Amersfoort", "Amersfoort", "gemeente-g-" + run));
            vacatureIds.add(generator.openVacature(beroep, "Tilburg", "Midden-Brabant", "gemeente-g-" + run));
        }
        for (UUID vacature : vacatureIds) {
            Vacatureprofiel v = vacatures.open(vacature).orElseThrow().profiel();
            for (Voorselectie.Fase fase : voorselectie.fasen(v)) {
                Map<UUID, Voorselectie.Kandidaatscore> scores = voorselectie.kandidaten(v, null, fase, null, Integer.MAX_VALUE)
                        .stream().collect(Collectors.toMap(Voorselectie.Kandidaatscore::id, s -> s));
                for (Kandidaatprofiel k : profielen.van(List.copyOf(scores.keySet()))) {
                    double score = geschiktheid.score(v, k).totaal();
                    assertThat(scores.get(k.id()).score()).as("score of %s in %s", k.id(), fase).isEqualTo(score);
                    assertThat(scores.get(k.id()).kwetsbaar())
                            .isEqualTo(Prioriteitsregels.kwetsbaar(k.doelgroepen(), k.kwetsbaarheden()));
                    // what prioriteit-v2 reads besides: residence and target groups, as in the profile
                    assertThat(scores.get(k.id()).doelgroepen()).isEqualTo(k.doelgroepen());
                    assertThat(scores.get(k.id()).woongemeente()).isEqualTo(k.woongemeente());
                    assertThat(score).isLessThanOrEqualTo(voorselectie.hoogsteGrens(v, fase));
                    // the keys answer the hard filters exactly: nobody is read whom they would refuse
                    assertThat(HardeFilters.afwijzing(v, k, false)).as("hard filters on %s in %s", k.id(), fase).isEmpty();
                    vergeleken++;
                }
            }
        }
        assertThat(vergeleken).isGreaterThan(200);
    }

    @Test
    void de_projectie_volgt_intrekken_en_wissen_en_wordt_herbouwd_wat_ontbreekt() throws Exception {
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 11);
        String partner = "gemeente-p-" + UUID.randomUUID().toString().substring(0, 6);
        generator.genereer(3, List.of(partner));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isEqualTo(3);
            s.executeUpdate("UPDATE kandidaat SET status = 'ingetrokken' WHERE partner = '" + partner + "'");
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isZero();
            // available again without the intake (a bulk load, a repair): the rebuild writes what is missing
            s.executeUpdate("UPDATE kandidaat SET status = 'beschikbaar' WHERE partner = '" + partner + "'");
            assertThat(herbouw.herbouw()).isGreaterThanOrEqualTo(3);
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'")).isEqualTo(3);
            assertThat(herbouw.herbouw()).isZero();
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
