package nl.wsp.matching.kandidaat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored projection rows hold these keys: a change to how a key is made would silently hide candidates until the
 * projection is rebuilt (ADR 0004). These values are fixed on purpose.
 */
class MatchsleutelTest {

    @Test
    void sleutels_zijn_stabiel() {
        assertThat(Matchsleutel.vaardigheid("http://data.europa.eu/esco/skill/x")).isEqualTo(VAARDIGHEID_X);
        assertThat(Matchsleutel.beroep("http://data.europa.eu/esco/occupation/y")).isEqualTo(BEROEP_Y);
        assertThat(Matchsleutel.iscoGroep("7212")).isEqualTo(ISCO_7212);
        assertThat(Matchsleutel.verwant(Matchsleutel.verwantschapsgroep("http://data.europa.eu/esco/occupation/y", "7212"),
                "Amersfoort", 20)).isEqualTo(VERWANT_721_AMERSFOORT_20);
    }

    @Test
    void een_beroep_zonder_isco_groep_is_zijn_eigen_verwantschapsgroep() {
        assertThat(Matchsleutel.verwantschapsgroep("u", "7212")).isEqualTo(Matchsleutel.iscoGroep("721"))
                .isEqualTo(Matchsleutel.verwantschapsgroep("v", "7213"));
        assertThat(Matchsleutel.verwantschapsgroep("u", null)).isEqualTo(Matchsleutel.beroep("u"));
    }

    @Test
    void een_kandidaat_staat_onder_elke_afstandsklasse_tot_zijn_reisafstand() {
        assertThat(Matchsleutel.afstandsklassen(null)).containsExactly(0);
        assertThat(Matchsleutel.afstandsklassen(10)).containsExactly(0, 10);
        assertThat(Matchsleutel.afstandsklassen(12)).containsExactly(0, 10, 20);
        assertThat(Matchsleutel.afstandsklassen(5_000)).isEqualTo(List.of(0, 10, 20, 30, 45, 60, 100, Integer.MAX_VALUE));
        assertThat(Matchsleutel.gevraagdeKlasse(0)).isZero();
        assertThat(Matchsleutel.gevraagdeKlasse(9.9)).isZero();
        assertThat(Matchsleutel.gevraagdeKlasse(12.0)).isEqualTo(10);
        assertThat(Matchsleutel.gevraagdeKlasse(1_000)).isEqualTo(100);
    }

    static final int VAARDIGHEID_X = -836609768;
    static final int BEROEP_Y = -21987539;
    static final int ISCO_7212 = -1786303603;
    static final int VERWANT_721_AMERSFOORT_20 = -1382710545;
}
