package nl.wsp.platform.opslag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeconverterTest {

    enum Stand implements MetCode {
        OPEN("open"), BREED_UITGEZET("breed-uitgezet");

        private final String code;

        Stand(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        static class Code extends Codeconverter<Stand> {
            Code() {
                super(Stand.class);
            }
        }
    }

    enum Dubbel implements MetCode {
        A, B;

        @Override
        public String code() {
            return "zelfde";
        }
    }

    private final Stand.Code converter = new Stand.Code();

    @Test
    void de_kolom_houdt_de_code_en_niet_de_naam_van_de_constante() {
        assertThat(converter.convertToDatabaseColumn(Stand.BREED_UITGEZET)).isEqualTo("breed-uitgezet");
        assertThat(converter.convertToEntityAttribute("breed-uitgezet")).isEqualTo(Stand.BREED_UITGEZET);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void een_onbekende_code_in_de_kolom_is_een_fout_en_geen_stille_null() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("BREED_UITGEZET"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BREED_UITGEZET");
    }

    @Test
    void twee_constanten_met_een_code_worden_geweigerd() {
        assertThatThrownBy(() -> new Codeconverter<Dubbel>(Dubbel.class) { })
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zelfde");
    }
}
