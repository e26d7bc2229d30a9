package nl.wsp.matching.matchen;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which rules version ranks a vacancy: the global setting, unless the vacancy's region has its own (ADR 0027). */
class PrioriteitsregelsKeuzeTest {

    static PrioriteitsregelsKeuze keuze(String versie, Map<String, String> perRegio) {
        return new PrioriteitsregelsKeuze(new PrioriteitsregelsKeuze.Instellingen() {
            @Override
            public String versie() {
                return versie;
            }

            @Override
            public Map<String, String> regio() {
                return perRegio;
            }
        });
    }

    @Test
    void een_regio_met_een_eigen_versie_houdt_die_en_de_andere_regios_volgen_de_algemene() {
        PrioriteitsregelsKeuze keuze = keuze("prioriteit-v2", Map.of("Midden-Limburg", "prioriteit-v1"));

        assertThat(keuze.voor("Midden-Limburg")).isEqualTo("prioriteit-v1");
        assertThat(keuze.voor("Amersfoort")).isEqualTo("prioriteit-v2");
        assertThat(keuze.voor(null)).isEqualTo("prioriteit-v2");
    }

    @Test
    void v1_kan_ook_voor_alle_regios_gelden() {
        assertThat(keuze("prioriteit-v1", Map.of()).voor("Amersfoort")).isEqualTo("prioriteit-v1");
    }

    @Test
    void een_onbekende_versie_of_regio_houdt_de_start_tegen() {
        assertThatThrownBy(() -> keuze("prioriteit-v3", Map.of())).hasMessageContaining("prioriteit-v3");
        assertThatThrownBy(() -> keuze("prioriteit-v2", Map.of("Midden-Limburg", "v1"))).hasMessageContaining("Midden-Limburg");
        assertThatThrownBy(() -> keuze("prioriteit-v2", Map.of("Atlantis", "prioriteit-v1"))).hasMessageContaining("Atlantis");
    }
}
