package nl.wsp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AntwoordcontractTest {

    private static final JsonNode DOCUMENT = lees("""
            {"servers": [{"url": "/api/v1"}],
             "paths": {
               "/dingen/{id}": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ding"}}}}}}},
               "/dingen/overzicht": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}}
             },
             "components": {"schemas": {
               "Ding": {"type": "object", "required": ["id", "onderdelen"], "properties": {
                  "id": {"type": "string"}, "toelichting": {"type": "string"},
                  "onderdelen": {"type": "array", "items": {"$ref": "#/components/schemas/Onderdeel"}}}},
               "Onderdeel": {"type": "object", "required": ["naam"], "properties": {"naam": {"type": "string"}, "maat": {"type": ["integer", "null"]}}}
             }}}
            """);

    @Test
    void een_antwoord_met_alle_verplichte_velden_voldoet() {
        assertEquals(List.of(), Antwoordcontract.afwijkingen(DOCUMENT, "GET", "/api/v1/dingen/1", 200,
                "{\"id\": \"1\", \"onderdelen\": [{\"naam\": \"a\"}]}"));
    }

    @Test
    void een_ontbrekend_of_null_verplicht_veld_op_elke_diepte_wordt_genoemd() {
        assertEquals(List.of("verplicht veld id is null", "verplicht veld onderdelen[1].naam ontbreekt"),
                Antwoordcontract.afwijkingen(DOCUMENT, "GET", "/api/v1/dingen/1", 200,
                        "{\"id\": null, \"onderdelen\": [{\"naam\": \"a\"}, {\"maat\": 3}]}"));
    }

    @Test
    void een_letterlijk_pad_gaat_voor_een_sjabloon() {
        assertEquals("array", Antwoordcontract.operatie(DOCUMENT, "GET", "/api/v1/dingen/overzicht").orElseThrow()
                .at("/responses/200/content/application~1json/schema/type").asText());
    }

    private static JsonNode lees(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
