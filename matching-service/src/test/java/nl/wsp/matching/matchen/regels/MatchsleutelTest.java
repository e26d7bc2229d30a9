package nl.wsp.matching.matchen.regels;

import org.junit.jupiter.api.Test;

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
        assertThat(Matchsleutel.bereikbaar("Amersfoort")).isEqualTo(BEREIKBAAR_AMERSFOORT);
        assertThat(Matchsleutel.verwant(Matchsleutel.verwantschapsgroep("http://data.europa.eu/esco/occupation/y", "7212"),
                "Amersfoort")).isEqualTo(VERWANT_721_AMERSFOORT);
    }

    @Test
    void een_beroep_zonder_isco_groep_is_zijn_eigen_verwantschapsgroep() {
        assertThat(Matchsleutel.verwantschapsgroep("u", "7212")).isEqualTo(Matchsleutel.iscoGroep("721"))
                .isEqualTo(Matchsleutel.verwantschapsgroep("v", "7213"));
        assertThat(Matchsleutel.verwantschapsgroep("u", null)).isEqualTo(Matchsleutel.beroep("u"));
    }

    static final int VAARDIGHEID_X = -836609768;
    static final int BEROEP_Y = -21987539;
    static final int ISCO_7212 = -1786303603;
    static final int BEREIKBAAR_AMERSFOORT = 462502024;
    static final int VERWANT_721_AMERSFOORT = 2109888447;
}
