package nl.wsp.matching.kandidaat;

import nl.wsp.matching.kandidaat.api.KandidaatInvoer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VolledigheidTest {

    @Test
    void een_leeg_profiel_scoort_nul_en_noemt_elk_veld() {
        Volledigheid v = Volledigheid.van(new Profiel(null, null, null, null, null, null, null, null, null, null, null),
                new Persoonsgegevens(null, null));
        assertThat(v.score()).isZero();
        assertThat(v.ontbrekendeVelden()).containsExactlyElementsOf(Volledigheid.VELDEN);
    }

    @Test
    void elk_veld_telt_even_zwaar() {
        Profiel profiel = new Profiel(List.of(), LocalDate.of(2026, 1, 1), 32, new Profiel.Mobiliteit(10, null),
                List.of("b"), List.of("v"), List.of(new Profiel.Werkervaring("b", BigDecimal.ONE)), "mbo-2",
                List.of("nl"), List.of(), List.of("punctualiteit"));
        Volledigheid v = Volledigheid.van(profiel, new Persoonsgegevens(new KandidaatInvoer.Naam("A", "B"), null));
        assertThat(v.ontbrekendeVelden()).containsExactly("contact");
        assertThat(v.score()).isEqualTo(92); // 11 of 12
    }
}
