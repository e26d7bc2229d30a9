package nl.wsp.reporting.periodedoel;

import nl.wsp.reporting.realisatie.Voortgang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0037: month and quarter targets derived from the yearly target, linear by days. */
class PeriodedoelenTest {

    @Test
    void de_twaalf_maanddoelen_tellen_op_tot_het_jaardoel_ook_bij_een_klein_doel_en_in_een_schrikkeljaar() {
        for (int jaardoel : new int[]{0, 1, 5, 7, 11, 180, 365, 684}) {
            for (int jaar : new int[]{2019, 2024}) {
                assertThat(Arrays.stream(Periodedoelen.perMaand(jaardoel, jaar)).sum()).as("%d in %d", jaardoel, jaar).isEqualTo(jaardoel);
                assertThat(Arrays.stream(Periodedoelen.perKwartaal(jaardoel, jaar)).sum()).isEqualTo(jaardoel);
            }
        }
    }

    @Test
    void een_maanddoel_is_naar_verhouding_van_de_dagen_365_in_een_gewoon_jaar_geeft_het_aantal_dagen_van_de_maand() {
        assertThat(Periodedoelen.perMaand(365, 2019)).containsExactly(31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
        assertThat(Periodedoelen.perMaand(366, 2024)).containsExactly(31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
        assertThat(Periodedoelen.perKwartaal(365, 2019)).containsExactly(90, 91, 92, 92);
    }

    @Test
    void een_kwartaaldoel_is_de_som_van_zijn_drie_maanddoelen() {
        for (int jaardoel : new int[]{7, 100, 720}) {
            int[] maanden = Periodedoelen.perMaand(jaardoel, 2026);
            int[] kwartalen = Periodedoelen.perKwartaal(jaardoel, 2026);
            for (int k = 0; k < 4; k++) {
                assertThat(kwartalen[k]).isEqualTo(maanden[3 * k] + maanden[3 * k + 1] + maanden[3 * k + 2]);
            }
        }
    }

    @Test
    void het_cumulatieve_doel_aan_het_eind_van_elke_maand_is_het_verwacht_tot_nu_van_de_jaarrapportage() {
        int jaardoel = 720; // Midden-Limburg: 720 vacancies filled per year (seed 003)
        int cumulatief = 0;
        int[] maanden = Periodedoelen.perMaand(jaardoel, 2026);
        for (int m = 1; m <= 12; m++) {
            cumulatief += maanden[m - 1];
            LocalDate laatsteDag = LocalDate.of(2026, m, 1).plusMonths(1).minusDays(1);
            assertThat(cumulatief).isEqualTo(Voortgang.verwachtTotNu(jaardoel, 2026, laatsteDag));
        }
    }

    @Test
    void een_klein_jaardoel_valt_in_de_maanden_waarin_de_lineaire_verwachting_een_hele_plaatsing_passeert() {
        // 4 a year: one expected by about each quarter's middle-to-end; never two in one month, never a negative month
        int[] maanden = Periodedoelen.perMaand(4, 2026);
        assertThat(Arrays.stream(maanden).boxed().toList()).allSatisfy(m -> assertThat(m).isBetween(0, 1));
        assertThat(Periodedoelen.perKwartaal(4, 2026)).containsExactly(1, 1, 1, 1);
    }
}
