package nl.wsp.reporting.schadelast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0038: the estimate of a placement's benefit-cost reduction. */
class SchadelastbeperkingTest {

    @Test
    void een_beeindigde_plaatsing_telt_haar_hele_maanden_ten_hoogste_twaalf() {
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 20))).isEqualTo(3);
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 9))).isEqualTo(2);
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 30))).isZero();
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2025, 3, 10), LocalDate.of(2027, 1, 1))).isEqualTo(12);
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 1, 1))).isZero();
    }

    @Test
    void een_lopende_plaatsing_telt_vanaf_de_laatste_dag_van_haar_startmaand_zodat_de_schatting_nooit_te_hoog_is() {
        // started somewhere in January: by 30 April at least two whole months, whatever the day
        assertThat(Schadelastbeperking.maandenLopend(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30))).isEqualTo(2);
        assertThat(Schadelastbeperking.maanden(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30)))
                .isLessThanOrEqualTo(Schadelastbeperking.maanden(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)));
        assertThat(Schadelastbeperking.maandenLopend(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20))).isZero();
        assertThat(Schadelastbeperking.maandenLopend(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 4, 30))).isEqualTo(12);
    }

    @Test
    void de_norm_is_die_van_de_startmaand_uit_de_referentiedata_en_voor_2015_is_er_geen() {
        assertThat(Schadelastbeperking.normVoor(LocalDate.of(2025, 3, 1))).contains(new BigDecimal("1345.45"));
        assertThat(Schadelastbeperking.normVoor(LocalDate.of(2025, 7, 1))).contains(new BigDecimal("1369.06"));
        assertThat(Schadelastbeperking.normVoor(LocalDate.of(2019, 6, 1))).contains(new BigDecimal("960.83"));
        assertThat(Schadelastbeperking.normVoor(LocalDate.of(2014, 12, 1))).isEmpty();
    }

    @Test
    void alleen_bijstand_heeft_een_schatting_en_het_bedrag_is_maanden_maal_norm_in_centen() {
        assertThat(Schadelastbeperking.geschat("bijstand")).isTrue();
        assertThat(Schadelastbeperking.geschat("ww")).isFalse();
        assertThat(Schadelastbeperking.geschat("nug")).isFalse();
        assertThat(Schadelastbeperking.bedrag(12, new BigDecimal("1345.45"))).isEqualByComparingTo("16145.40");
        assertThat(Schadelastbeperking.bedrag(0, new BigDecimal("1345.45"))).isEqualByComparingTo("0.00");
    }
}
