package nl.wsp.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate on events in tests: what keeps the AsyncAPI contract passes, what breaks it fails the test (ADR 0014). */
class EventcontractTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            channels:
              dingen:
                address: wsp.proef.dingen
                messages:
                  gedaan: {$ref: '#/components/messages/nl.werkgeversdienstverlening.dingen.gedaan.v1'}
              dood:
                address: wsp.proef.dead-letters
                messages:
                  onleesbaar: {$ref: '#/components/messages/onleesbaar'}
            operations:
              publiceerDingen:
                action: send
                channel: {$ref: '#/channels/dingen'}
                messages: [{$ref: '#/channels/dingen/messages/gedaan'}]
              stuurOnleesbaarNaarDeadLetters:
                action: send
                channel: {$ref: '#/channels/dood'}
                messages: [{$ref: '#/channels/dood/messages/onleesbaar'}]
            components:
              schemas:
                CloudEvent:
                  type: object
                  required: [specversion, id, type, data]
                  properties:
                    specversion: {const: '1.0'}
                    id: {type: string}
                    type: {type: string}
                Ding:
                  type: object
                  required: [dingId, aantal]
                  properties:
                    dingId: {type: string}
                    aantal: {type: integer, minimum: 1}
              messages:
                nl.werkgeversdienstverlening.dingen.gedaan.v1:
                  name: nl.werkgeversdienstverlening.dingen.gedaan.v1
                  payload:
                    allOf:
                      - $ref: '#/components/schemas/CloudEvent'
                      - properties:
                          type: {const: nl.werkgeversdienstverlening.dingen.gedaan.v1}
                          data: {$ref: '#/components/schemas/Ding'}
                  examples:
                    - payload: {specversion: '1.0', id: e1, type: nl.werkgeversdienstverlening.dingen.gedaan.v1, data: {dingId: d1, aantal: 2}}
                onleesbaar:
                  name: onleesbaar
                  payload: {}
            """;

    private static final String GOED = """
            {"specversion":"1.0","id":"e1","type":"nl.werkgeversdienstverlening.dingen.gedaan.v1","data":{"dingId":"d1","aantal":2}}""";

    @TempDir
    Path map;

    @Test
    void een_event_dat_zijn_schema_volgt_op_zijn_kanaal_komt_erdoor() throws IOException {
        assertEquals(List.of(), contract().overtredingen("wsp.proef.dingen", GOED));
        contract().controleer("wsp.proef.dingen", GOED);
    }

    @Test
    void een_event_zonder_verplicht_veld_in_data_laat_de_test_falen() throws IOException {
        String zonderAantal = GOED.replace(",\"aantal\":2", "");
        AssertionError fout = assertThrows(AssertionError.class, () -> contract().controleer("wsp.proef.dingen", zonderAantal));
        assertTrue(fout.getMessage().contains("aantal"), fout.getMessage());
    }

    @Test
    void een_event_met_een_waarde_buiten_het_schema_laat_de_test_falen() throws IOException {
        List<String> fouten = contract().overtredingen("wsp.proef.dingen", GOED.replace("\"aantal\":2", "\"aantal\":0"));
        assertEquals(1, fouten.size(), fouten.toString());
    }

    @Test
    void een_event_van_een_onbekend_type_laat_de_test_falen() throws IOException {
        String onbekend = GOED.replace("dingen.gedaan.v1", "dingen.vergeten.v1");
        AssertionError fout = assertThrows(AssertionError.class, () -> contract().controleer("wsp.proef.dingen", onbekend));
        assertTrue(fout.getMessage().contains("nl.werkgeversdienstverlening.dingen.vergeten.v1"), fout.getMessage());
    }

    @Test
    void een_event_van_de_vorige_naamvorm_laat_de_test_falen() throws IOException {
        String vorig = GOED.replace("nl.werkgeversdienstverlening.dingen.gedaan.v1", "nl.wsp.ding.gedaan.v1");
        assertThrows(AssertionError.class, () -> contract().controleer("wsp.proef.dingen", vorig));
    }

    @Test
    void een_event_op_een_ander_topic_dan_zijn_kanaal_laat_de_test_falen() throws IOException {
        List<String> fouten = contract().overtredingen("wsp.proef.anders", GOED);
        assertEquals(1, fouten.size(), fouten.toString());
        assertTrue(fouten.get(0).contains("wsp.proef.anders"), fouten.toString());
    }

    @Test
    void wat_geen_cloudevent_is_laat_de_test_falen_behalve_op_een_dead_letter_topic() throws IOException {
        assertEquals(1, contract().overtredingen("wsp.proef.dingen", "dit is geen JSON").size());
        assertEquals(1, contract().overtredingen("wsp.proef.dingen", "{\"data\":{}}").size());
        assertEquals(List.of(), contract().overtredingen("wsp.proef.dead-letters", "dit is geen JSON"));
    }

    @Test
    void een_voorbeeld_dat_zijn_schema_niet_volgt_wordt_gemeld() throws IOException {
        assertEquals(List.of(), contract().voorbeeldfouten());
        Path slecht = Files.writeString(map.resolve("slecht.yaml"), DOCUMENT.replace("aantal: 2}}", "aantal: 0}}"));
        assertEquals(1, Eventcontract.van(slecht).voorbeeldfouten().size());
    }

    @Test
    void elk_bericht_dat_de_diensten_publiceren_heeft_een_voorbeeld_dat_zijn_schema_volgt() {
        Eventcontract repository = Eventcontract.vanRepository();
        assertTrue(repository.types().size() >= 20, "the four documents publish every type: " + repository.types());
        assertEquals(List.of(), repository.voorbeeldfouten());
    }

    private Eventcontract contract() throws IOException {
        return Eventcontract.van(Files.writeString(map.resolve("proef.yaml"), DOCUMENT));
    }
}
