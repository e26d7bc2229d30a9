package nl.wsp.platform.opslag;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeconverterTest {

    enum Stand implements MetCode {
        @JsonProperty("open") OPEN, @JsonProperty("breed-uitgezet") BREED_UITGEZET;

        static class Code extends Codeconverter<Stand> {
            Code() {
                super(Stand.class);
            }
        }
    }

    enum Dubbel implements MetCode {
        @JsonProperty("zelfde") A, @JsonProperty("zelfde") B
    }

    enum Zonder implements MetCode {
        @JsonProperty("met") MET, ZONDER
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

    @Test
    void een_constante_zonder_code_wordt_geweigerd() {
        assertThatThrownBy(() -> new Codeconverter<Zonder>(Zonder.class) { })
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Zonder.ZONDER");
    }

    @Test
    void de_api_schrijft_en_leest_dezelfde_code_als_de_kolom() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Stand.BREED_UITGEZET)).isEqualTo("\"breed-uitgezet\"");
        assertThat(json.readValue("\"breed-uitgezet\"", Stand.class)).isEqualTo(Stand.BREED_UITGEZET);
        assertThat(Stand.BREED_UITGEZET.code()).isEqualTo(converter.convertToDatabaseColumn(Stand.BREED_UITGEZET));
    }

    @Test
    void een_code_als_tekst_wordt_zijn_constante_en_een_onbekende_code_een_fout() {
        assertThat(MetCode.van(Stand.class, "breed-uitgezet")).isEqualTo(Stand.BREED_UITGEZET);
        assertThat(MetCode.van(Stand.class, null)).isNull();
        assertThatThrownBy(() -> MetCode.van(Stand.class, "BREED_UITGEZET"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BREED_UITGEZET");
    }
}
