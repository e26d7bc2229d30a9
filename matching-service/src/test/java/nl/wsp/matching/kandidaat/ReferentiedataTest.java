package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.matching.benchmark.Kandidaatgenerator;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipalities and the map come from the reference file, and the match projection follows the map: a changed
 * file (here: a recorded version that differs) empties the projection, which the rebuild then writes afresh.
 */
@QuarkusTest
class ReferentiedataTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Referentiedata referentiedata;

    @Inject
    MatchprojectieHerbouw herbouw;

    @Test
    void every_municipality_of_the_35_regions_is_known_with_its_region() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThat(telling(s, "SELECT count(DISTINCT regio) FROM gemeente")).isEqualTo(35);
            assertThat(telling(s, "SELECT count(*) FROM gemeente WHERE naam = 'Zwolle' AND regio = 'Regio Zwolle'")).isEqualTo(1);
            assertThat(telling(s, "SELECT count(*) FROM gemeente WHERE naam = 'Laren (NH.)' AND regio = 'Gooi en Vechtstreek'")).isEqualTo(1);
        }
        assertThat(referentiedata.bijwerken()).as("the same file again changes nothing").isFalse();
    }

    @Test
    void a_changed_map_has_the_match_projection_rewritten() throws Exception {
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 17);
        String partner = "gemeente-r-" + UUID.randomUUID().toString().substring(0, 6);
        generator.genereer(3, List.of(partner));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String rijen = "SELECT count(*) FROM kandidaat_match WHERE partner = '" + partner + "'";
            assertThat(telling(s, rijen)).isEqualTo(3);
            String kenmerken = "SELECT string_agg(kenmerken::text, ';' ORDER BY kandidaat_id) FROM kandidaat_match WHERE partner = '" + partner + "'";
            String voor = tekst(s, kenmerken);

            s.executeUpdate("UPDATE referentie_versie SET sha256 = 'een eerdere kaart' WHERE naam = 'arbeidsmarktregios'");
            assertThat(referentiedata.bijwerken()).isTrue();
            assertThat(telling(s, "SELECT count(*) FROM kandidaat_match")).isZero();

            assertThat(herbouw.herbouw()).isGreaterThanOrEqualTo(3);
            assertThat(telling(s, rijen)).isEqualTo(3);
            assertThat(tekst(s, kenmerken)).as("the same map gives the same keys").isEqualTo(voor);
            assertThat(referentiedata.bijwerken()).isFalse();
        }
    }

    private static long telling(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String tekst(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
