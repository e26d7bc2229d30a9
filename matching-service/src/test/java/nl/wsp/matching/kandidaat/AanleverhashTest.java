package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AanleverhashTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hetzelfde_item_geeft_dezelfde_hash_en_elke_afwijking_een_andere() throws Exception {
        JsonNode item = json.readTree("{\"referentie\":\"A-1\",\"woongemeente\":\"Soest\",\"doelgroepen\":[\"ww\"]}");
        JsonNode opnieuw = json.readTree("{\"referentie\":\"A-1\",\"woongemeente\":\"Soest\",\"doelgroepen\":[\"ww\"]}");
        JsonNode volgorde = json.readTree("{\"woongemeente\":\"Soest\",\"referentie\":\"A-1\",\"doelgroepen\":[\"ww\"]}");
        JsonNode anders = json.readTree("{\"referentie\":\"A-1\",\"woongemeente\":\"Baarn\",\"doelgroepen\":[\"ww\"]}");

        String[] hashes = Aanleverhash.van(Arrays.asList(item, opnieuw, volgorde, anders));

        assertThat(hashes[0]).isEqualTo(hashes[1]).hasSize(64);
        assertThat(hashes[2]).as("another field order is checked once more").isNotEqualTo(hashes[0]);
        assertThat(hashes[3]).isNotEqualTo(hashes[0]);
    }

    @Test
    void nieuwe_regels_of_een_nieuw_gemeentebestand_laten_elk_item_opnieuw_controleren() throws Exception {
        JsonNode item = json.readTree("{\"referentie\":\"A-1\"}");
        assertThat(Aanleverhash.van(Aanleverhash.sha256(), "volgende", item))
                .isNotEqualTo(Aanleverhash.van(List.of(item))[0])
                .isNotEqualTo(Aanleverhash.van(Aanleverhash.sha256(), Aanleverhash.VERSIE + "x", item));
        assertThat(Aanleverhash.van(Aanleverhash.sha256(), Aanleverhash.VERSIE, item)).isEqualTo(Aanleverhash.van(List.of(item))[0]);
        assertThat(Aanleverhash.VERSIE).as("a new municipalities file has every item checked again")
                .startsWith(Aanleverhash.REGELVERSIE + "/").endsWith(Referentiedata.sha256(Referentiedata.BESTAND));
    }

    @Test
    void wat_geen_object_is_heeft_geen_hash() throws Exception {
        assertThat(Aanleverhash.van(Arrays.asList(null, json.readTree("[1]"), json.readTree("\"x\""))))
                .containsExactly(null, null, null);
    }
}
