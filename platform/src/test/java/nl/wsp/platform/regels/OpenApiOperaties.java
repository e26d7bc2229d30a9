package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * Every operation of a service's live OpenAPI document ({@code /api/v1/openapi.json}, read from the running test
 * application), so that the matrix and fuzz tests cover a new endpoint without being told about it.
 */
public final class OpenApiOperaties {

    private static final Set<String> METHODES = Set.of("get", "post", "put", "patch", "delete");
    static final ObjectMapper JSON = new ObjectMapper();

    /** One operation; {@code pad} is the full path ({@code /api/v1/werkgevers/{id}}). */
    public record Operatie(String operationId, String methode, String pad, List<Parameter> parameters, JsonNode body) {

        public boolean schrijft() {
            return !methode.equals("GET");
        }

        @Override
        public String toString() {
            return operationId + " (" + methode + " " + pad + ")";
        }
    }

    /** A path, query or header parameter and its (resolved) schema. */
    public record Parameter(String naam, String in, JsonNode schema, boolean verplicht) {
    }

    private final JsonNode document;
    private final List<Operatie> operaties = new ArrayList<>();

    private OpenApiOperaties(JsonNode document) {
        this.document = document;
        String server = document.path("servers").path(0).path("url").asText("/api/v1");
        String prefix = server.startsWith("/") ? server : "/api/v1";
        Iterator<Map.Entry<String, JsonNode>> paden = document.path("paths").fields();
        while (paden.hasNext()) {
            Map.Entry<String, JsonNode> pad = paden.next();
            Iterator<Map.Entry<String, JsonNode>> methodes = pad.getValue().fields();
            while (methodes.hasNext()) {
                Map.Entry<String, JsonNode> m = methodes.next();
                if (!METHODES.contains(m.getKey())) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    JsonNode p2 = los(p);
                    parameters.add(new Parameter(p2.path("name").asText(), p2.path("in").asText(),
                            los(p2.path("schema")), p2.path("required").asBoolean(false)));
                }
                JsonNode body = null;
                JsonNode content = los(op.path("requestBody")).path("content");
                if (content.has("application/json")) {
                    body = los(content.path("application/json").path("schema"));
                }
                operaties.add(new Operatie(op.path("operationId").asText(m.getKey() + " " + pad.getKey()),
                        m.getKey().toUpperCase(Locale.ROOT), prefix + pad.getKey(), List.copyOf(parameters), body));
            }
        }
    }

    /** Reads the document the running test application serves. */
    public static OpenApiOperaties live() {
        String tekst = given().accept("application/json").when().get("/api/v1/openapi.json")
                .then().statusCode(200).extract().asString();
        try {
            return new OpenApiOperaties(JSON.readTree(tekst));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole document. */
    public JsonNode document() {
        return document;
    }

    public List<Operatie> operaties() {
        return operaties;
    }

    /** A schema with its {@code $ref}, {@code allOf}, {@code oneOf} or {@code anyOf} followed (one level at a time). */
    public JsonNode los(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 20 && s != null; i++) {
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText();
                JsonNode doel = document.at(ref.substring(1));
                if (s.size() > 1 && doel.isObject()) {
                    ObjectNode samen = ((ObjectNode) doel.deepCopy());
                    s.fields().forEachRemaining(e -> {
                        if (!e.getKey().equals("$ref")) {
                            samen.set(e.getKey(), e.getValue());
                        }
                    });
                    s = samen;
                } else {
                    s = doel;
                }
            } else if (s.has("allOf") && s.get("allOf").size() > 0 && !s.has("properties")) {
                ObjectNode samen = JSON.createObjectNode();
                for (JsonNode deel : s.get("allOf")) {
                    JsonNode d = los(deel);
                    d.fields().forEachRemaining(e -> {
                        if (e.getKey().equals("properties") && samen.has("properties")) {
                            ((ObjectNode) samen.get("properties")).setAll((ObjectNode) e.getValue());
                        } else {
                            samen.set(e.getKey(), e.getValue());
                        }
                    });
                }
                s.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("allOf")) {
                        samen.set(e.getKey(), e.getValue());
                    }
                });
                s = samen;
            } else if (s.has("oneOf") && s.get("oneOf").size() > 0) {
                s = nietNull(s.get("oneOf"));
            } else if (s.has("anyOf") && s.get("anyOf").size() > 0) {
                s = nietNull(s.get("anyOf"));
            } else {
                return s;
            }
        }
        return s;
    }

    private JsonNode nietNull(JsonNode keuzes) {
        for (JsonNode k : keuzes) {
            if (!"null".equals(k.path("type").asText())) {
                return k;
            }
        }
        return keuzes.get(0);
    }

    /** The schema's type, the first that is not {@code null} when it lists several (OpenAPI 3.1). */
    public static String type(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
            return "null";
        }
        if (t.isMissingNode()) {
            return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
        }
        return t.asText();
    }
}
