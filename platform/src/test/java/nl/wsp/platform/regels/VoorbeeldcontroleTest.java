package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example gate can fail: on a missing example and on examples that break their schema. */
class VoorbeeldcontroleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCHEMAS = """
            "components": {"schemas": {"Werkgever": {"type": "object", "required": ["naam", "kvkNummer", "status"],
              "properties": {"naam": {"type": "string"%s},
                             "kvkNummer": {"type": "string", "pattern": "^[0-9]{8}$"%s},
                             "status": {"type": "string", "enum": ["ACTIEF", "INACTIEF"]%s},
                             "aantal": {"type": "integer"}}}}}
            """;

    private static JsonNode document(String verzoek, String antwoord, String naam, String kvk, String status) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0", "paths": {"/werkgevers": {"post": {"operationId": "maakWerkgever",
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Werkgever"}%s}}},
                  "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Werkgever"}%s}}},
                                "400": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
                """.formatted(verzoek, antwoord) + SCHEMAS.formatted(naam, kvk, status) + "}");
    }

    private static final String GOED = ", \"example\": {\"naam\": \"Bouwbedrijf Eemland B.V.\", \"kvkNummer\": \"32145678\", \"status\": \"ACTIEF\"}";

    @Test
    void een_verzoek_en_antwoord_zonder_voorbeeld_worden_per_operatie_genoemd() throws Exception {
        assertThat(Voorbeeldcontrole.zonderVoorbeeld(document("", "", "", "", "")))
                .containsExactly("maakWerkgever: verzoek", "maakWerkgever: antwoord 201");
    }

    @Test
    void een_voorbeeld_op_de_mediatype_telt() throws Exception {
        assertThat(Voorbeeldcontrole.zonderVoorbeeld(document(GOED, GOED, "", "", ""))).isEmpty();
        assertThat(Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(document(GOED, GOED, "", "", ""))).isEmpty();
    }

    @Test
    void voorbeelden_op_alle_verplichte_velden_tellen_en_een_ontbrekend_veld_niet() throws Exception {
        JsonNode alle = document("", "", ", \"example\": \"Kaasmakerij Soest\"", ", \"example\": \"30123456\"", ", \"example\": \"ACTIEF\"");
        assertThat(Voorbeeldcontrole.zonderVoorbeeld(alle)).isEmpty();
        JsonNode zonderStatus = document("", "", ", \"example\": \"Kaasmakerij Soest\"", ", \"example\": \"30123456\"", "");
        assertThat(Voorbeeldcontrole.zonderVoorbeeld(zonderStatus)).hasSize(2);
    }

    @Test
    void een_voorbeeld_met_een_verkeerd_type_faalt() throws Exception {
        String fout = ", \"example\": {\"naam\": \"Eemland\", \"kvkNummer\": \"32145678\", \"status\": \"ACTIEF\", \"aantal\": \"veel\"}";
        assertThat(Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(document(fout, GOED, "", "", "")))
                .singleElement().asString().startsWith("maakWerkgever: verzoek example").contains("aantal");
    }

    @Test
    void een_voorbeeld_zonder_verplicht_veld_faalt() throws Exception {
        String fout = ", \"examples\": {\"eemland\": {\"value\": {\"naam\": \"Eemland\", \"status\": \"ACTIEF\"}}}";
        assertThat(Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(document(GOED, fout, "", "", "")))
                .singleElement().asString().startsWith("maakWerkgever: antwoord 201 application/json examples.eemland")
                .contains("kvkNummer");
    }

    @Test
    void een_enumwaarde_die_niet_mag_en_een_veldvoorbeeld_buiten_het_patroon_falen() throws Exception {
        String fout = ", \"example\": {\"naam\": \"Eemland\", \"kvkNummer\": \"32145678\", \"status\": \"OPGEHEVEN\"}";
        assertThat(Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(document(fout, GOED, "", "", "")))
                .singleElement().asString().contains("status");
        assertThat(Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(document(GOED, GOED, "", ", \"example\": \"3214\"", "")))
                .singleElement().asString().startsWith("components.schemas.Werkgever.kvkNummer example");
    }
}
