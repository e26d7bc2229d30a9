package nl.wsp.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BsnInJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void elk_pad_met_een_bsn_wordt_genoemd_op_elke_diepte() throws Exception {
        String bsn = BsnGenerator.nieuw();
        JsonNode boom = json.readTree("""
                {"naam": {"voornaam": "Anna", "achternaam": "BSN %s"},
                 "talen": ["nl", "%s", "en"],
                 "werkervaring": [{"beroep": "x", "notities": ["ok", "%s"]}],
                 "referentie": "REF-1"}""".formatted(bsn, bsn, bsn));

        assertThat(BsnInJson.paden(boom, "kandidaten[4]")).containsExactly("kandidaten[4].naam.achternaam",
                "kandidaten[4].talen[1]", "kandidaten[4].werkervaring[0].notities[1]");
        assertThat(BsnInJson.paden(boom, "")).containsExactly("naam.achternaam", "talen[1]", "werkervaring[0].notities[1]");
    }

    @Test
    void een_boom_zonder_bsn_geeft_geen_paden() throws Exception {
        JsonNode boom = json.readTree("{\"a\": [\"123456789\", 12345678, {\"b\": \"tekst\"}], \"c\": null}");
        assertThat(Bsn.komtVoorIn("123456789")).as("the test's own premise: no BSN").isFalse();
        assertThat(BsnInJson.paden(boom, "x")).isEmpty();
    }
}
