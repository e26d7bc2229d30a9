package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wsp.matching.kandidaat.api.BulkVerzoekRuw;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BulkVerzoekLezerTest {

    /** As the services' mapper is strict (StrictJson): duplicate keys and trailing content are refused. */
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final BulkVerzoekLezer lezer = new BulkVerzoekLezer(json);

    @Test
    void elk_item_krijgt_de_hash_van_zijn_eigen_bytes_zoals_verzonden() throws Exception {
        String eerste = "{\"referentie\":\"A-1\",\"naam\":{\"voornaam\":\"Zoë\"}}";
        String tweede = "{ \"referentie\" : \"A-2\" ,\n \"doelgroepen\": [\"ww\"] }";
        byte[] body = ("{ \"kandidaten\": [ " + eerste + " ,\n" + tweede + ", 7, null ] }").getBytes(StandardCharsets.UTF_8);

        BulkVerzoekRuw gelezen = lezer.inEenDoorgang(body);

        assertThat(gelezen.kandidaten()).hasSize(4);
        assertThat(gelezen.kandidaten().get(1).get("referentie").textValue()).isEqualTo("A-2");
        assertThat(gelezen.aanleverhashes()).containsExactly(hash(eerste), hash(tweede), null, null);
        assertThat(gelezen.aanleverhashes().get(0)).as("a compact item hashes as Jackson writes it")
                .isEqualTo(Aanleverhash.van(java.util.List.of(json.readTree(eerste)))[0]);
        assertThat(gelezen.aanleverhashes().get(1)).as("spacing counts: another form is checked once more")
                .isNotEqualTo(Aanleverhash.van(java.util.List.of(json.readTree(tweede)))[0]);
    }

    @Test
    void intrekkingen_voor_of_na_de_kandidaten_worden_in_dezelfde_doorgang_gelezen() throws Exception {
        String item = "{\"referentie\":\"A-1\"}";
        for (String body : new String[] {
                "{\"kandidaten\": [" + item + "], \"intrekkingen\": [{\"referentie\": \"B-1\", \"reden\": \"verhuisd\"}, 7]}",
                "{\"intrekkingen\": [{\"referentie\": \"B-1\", \"reden\": \"verhuisd\"}, 7], \"kandidaten\": [" + item + "]}"}) {
            BulkVerzoekRuw gelezen = lezer.inEenDoorgang(body.getBytes(StandardCharsets.UTF_8));
            assertThat(gelezen).as(body).isNotNull();
            assertThat(gelezen.aanleverhashes()).as(body).containsExactly(hash(item));
            assertThat(gelezen.intrekkingen()).as(body).hasSize(2);
            assertThat(gelezen.intrekkingen().get(0).get("referentie").textValue()).isEqualTo("B-1");
            assertThat(gelezen.intrekkingen().get(1).intValue()).isEqualTo(7);
        }
        assertThat(lezer.inEenDoorgang("{\"kandidaten\": []}".getBytes(StandardCharsets.UTF_8)).intrekkingen())
                .as("no withdrawals: none").isNull();
    }

    @Test
    void een_lichaam_van_een_andere_vorm_laat_het_lezen_aan_jackson() {
        for (String body : new String[] {
                "{\"kandidaten\": [], \"aanleverhashes\": []}",
                "{\"kandidaten\": [{\"referentie\": \"A\"}]} {}",
                "{\"kandidaten\": {}}",
                "[{\"referentie\": \"A\"}]",
                "{\"kandidaten\": [{\"referentie\": \"A\", \"referentie\": \"B\"}]}",
                "{\"kandidaten\": [{\"referentie\": ",
                "{\"andere\": []}",
                "{\"intrekkingen\": []}",
                "{\"kandidaten\": [], \"intrekkingen\": [], \"intrekkingen\": []}",
                "{\"kandidaten\": [], \"kandidaten\": []}",
                "{\"kandidaten\": [], \"intrekkingen\": {}}",
                "{\"kandidaten\": [], \"intrekkingen\": null}",
                "{\"kandidaten\": [], \"intrekkingen\": [{\"referentie\": "}) {
            assertThat(lezer.inEenDoorgang(body.getBytes(StandardCharsets.UTF_8))).as(body).isNull();
        }
    }

    private static String hash(String item) {
        byte[] bytes = item.getBytes(StandardCharsets.UTF_8);
        return Aanleverhash.van(Aanleverhash.sha256(), bytes, 0, bytes.length);
    }
}
