package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The examples of an OpenAPI 3.1 document (docs/adr/0030-examples-in-the-contract.md, issue 15).
 * <p>
 * <b>Has an example.</b> A JSON request body ({@code requestBody.content."application/json"}) and the main answer
 * (the {@code 200} or else {@code 201} response's {@code application/json}) of an operation has an example when one of:
 * <ol>
 *   <li>the media type has {@code example}, or {@code examples} with at least one entry that has a {@code value};</li>
 *   <li>its schema (after following {@code $ref}) has {@code example} or a non-empty {@code examples};</li>
 *   <li>its schema is an object with a non-empty {@code required} list and every required property has an example
 *       in that sense (recursively, for a property whose schema is an object); an array has one when its
 *       {@code items} has one.</li>
 * </ol>
 * <b>Follows its schema.</b> Every example found — media-type {@code example}/{@code examples[*].value}, and a
 * schema's {@code example} and {@code examples[*]} anywhere in {@code components.schemas} (property examples
 * included) — is validated against the schema it belongs to as JSON Schema 2020-12 (the dialect of OpenAPI 3.1),
 * with the document's {@code components} in scope for {@code $ref}.
 */
public final class Voorbeeldcontrole {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODES = Set.of("get", "post", "put", "patch", "delete");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Voorbeeldcontrole() {
    }

    /** "operationId: verzoek" or "operationId: antwoord 200" for every body or main answer without an example. */
    public static List<String> zonderVoorbeeld(JsonNode document) {
        List<String> zonder = new ArrayList<>();
        operaties(document, (id, operatie) -> {
            JsonNode verzoek = volg(document, operatie.path("requestBody")).path("content").path("application/json");
            if (!verzoek.isMissingNode() && !heeftVoorbeeld(document, verzoek)) {
                zonder.add(id + ": verzoek");
            }
            String code = hoofdantwoord(operatie);
            if (code != null) {
                JsonNode antwoord = volg(document, operatie.path("responses").path(code)).path("content").path("application/json");
                if (!antwoord.isMissingNode() && !heeftVoorbeeld(document, antwoord)) {
                    zonder.add(id + ": antwoord " + code);
                }
            }
        });
        return zonder;
    }

    /** Every example that does not follow its schema, with where it is and the validator's reasons. */
    public static List<String> voorbeeldenDieHunSchemaNietVolgen(JsonNode document) {
        List<String> fouten = new ArrayList<>();
        operaties(document, (id, operatie) -> {
            mediatype(document, fouten, id + ": verzoek",
                    volg(document, operatie.path("requestBody")).path("content").path("application/json"));
            Iterator<Map.Entry<String, JsonNode>> antwoorden = operatie.path("responses").fields();
            while (antwoorden.hasNext()) {
                Map.Entry<String, JsonNode> a = antwoorden.next();
                volg(document, a.getValue()).path("content").fields().forEachRemaining(m -> {
                    if (m.getKey().contains("json")) {
                        mediatype(document, fouten, id + ": antwoord " + a.getKey() + " " + m.getKey(), m.getValue());
                    }
                });
            }
        });
        document.path("components").path("schemas").fields().forEachRemaining(s ->
                schemavoorbeelden(document, fouten, "components.schemas." + s.getKey(), s.getValue()));
        return fouten;
    }

    private static String hoofdantwoord(JsonNode operatie) {
        for (String code : List.of("200", "201")) {
            if (operatie.path("responses").has(code)) {
                return code;
            }
        }
        return null;
    }

    private static boolean heeftVoorbeeld(JsonNode document, JsonNode mediatype) {
        if (mediatype.has("example")) {
            return true;
        }
        for (JsonNode v : mediatype.path("examples")) {
            if (volg(document, v).has("value")) {
                return true;
            }
        }
        return schemaHeeftVoorbeeld(document, mediatype.path("schema"), 0);
    }

    private static boolean schemaHeeftVoorbeeld(JsonNode document, JsonNode schema, int diepte) {
        if (diepte > 12 || schema.isMissingNode()) {
            return false;
        }
        if (schema.has("example") || schema.path("examples").size() > 0) {
            return true;
        }
        if (schema.has("$ref")) {
            return schemaHeeftVoorbeeld(document, volg(document, schema), diepte + 1);
        }
        for (String deel : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode d : schema.path(deel)) {
                if (!"null".equals(d.path("type").asText()) && schemaHeeftVoorbeeld(document, d, diepte + 1)) {
                    return true;
                }
            }
        }
        if (schema.has("items")) {
            return schemaHeeftVoorbeeld(document, schema.get("items"), diepte + 1);
        }
        JsonNode verplicht = schema.path("required");
        if (verplicht.isArray() && verplicht.size() > 0) {
            for (JsonNode veld : verplicht) {
                if (!schemaHeeftVoorbeeld(document, schema.path("properties").path(veld.asText()), diepte + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void mediatype(JsonNode document, List<String> fouten, String waar, JsonNode mediatype) {
        if (mediatype.isMissingNode()) {
            return;
        }
        JsonNode schema = mediatype.path("schema");
        if (mediatype.has("example")) {
            toets(document, fouten, waar + " example", schema, mediatype.get("example"));
        }
        mediatype.path("examples").fields().forEachRemaining(v -> {
            JsonNode voorbeeld = volg(document, v.getValue());
            if (voorbeeld.has("value")) {
                toets(document, fouten, waar + " examples." + v.getKey(), schema, voorbeeld.get("value"));
            }
        });
    }

    private static void schemavoorbeelden(JsonNode document, List<String> fouten, String waar, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            toets(document, fouten, waar + " example", schema, schema.get("example"));
        }
        int i = 0;
        for (JsonNode v : schema.path("examples")) {
            toets(document, fouten, waar + " examples[" + i++ + "]", schema, v);
        }
        schema.path("properties").fields().forEachRemaining(p ->
                schemavoorbeelden(document, fouten, waar + "." + p.getKey(), p.getValue()));
        if (schema.has("items")) {
            schemavoorbeelden(document, fouten, waar + "[]", schema.get("items"));
        }
    }

    private static void toets(JsonNode document, List<String> fouten, String waar, JsonNode schema, JsonNode waarde) {
        if (schema.isMissingNode()) {
            return;
        }
        ObjectNode geheel = schema.isObject() ? ((ObjectNode) schema.deepCopy()) : JSON.createObjectNode();
        geheel.remove(List.of("example", "examples"));
        geheel.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        geheel.set("components", document.path("components"));
        Schema s = SCHEMAS.getSchema(geheel.toString(), InputFormat.JSON);
        for (Error e : s.validate(waarde.toString(), InputFormat.JSON)) {
            fouten.add(waar + " at " + e.getInstanceLocation() + ": " + e.getMessage());
        }
    }

    private static JsonNode volg(JsonNode document, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            n = document.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    private static void operaties(JsonNode document, java.util.function.BiConsumer<String, JsonNode> doe) {
        document.path("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(m -> {
            if (METHODES.contains(m.getKey())) {
                doe.accept(m.getValue().path("operationId").asText(m.getKey().toUpperCase() + " " + pad.getKey()), m.getValue());
            }
        }));
    }
}
