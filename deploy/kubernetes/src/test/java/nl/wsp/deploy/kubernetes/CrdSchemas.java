package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom resources (Strimzi, CloudNativePG, the Barman Cloud plugin, the Prometheus Operator), checked against the
 * {@code openAPIV3Schema} of their CustomResourceDefinitions, vendored with their versions under {@code schemas/}.
 * <p>
 * The API server prunes or refuses a field its structural schema does not name; a JSON-schema validator allows it
 * unless told. So every object schema that lists properties and does not preserve unknown fields gets
 * {@code additionalProperties: false}, as the API server's strict field validation would. {@code nullable} becomes a
 * {@code null} type. CEL rules ({@code x-kubernetes-validations}) are not evaluated (ADR 0007).
 */
final class CrdSchemas {

    /** A schema per {@code apiVersion/kind}, whole and (compiled when first asked for) for patches: no {@code required}. */
    private static final class Entry {
        private final String crd;
        private final JsonNode openApiSchema;
        private final Schema whole;
        private Schema partial;

        Entry(String crd, JsonNode openApiSchema) {
            this.crd = crd;
            this.openApiSchema = openApiSchema;
            this.whole = compile(strict(openApiSchema.deepCopy(), true));
        }

        String crd() {
            return crd;
        }

        Schema whole() {
            return whole;
        }

        synchronized Schema partial() {
            if (partial == null) {
                partial = compile(strict(openApiSchema.deepCopy(), false));
            }
            return partial;
        }
    }

    private static final JsonMapper JSON3 = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final Map<String, Entry> SCHEMAS = load();

    private CrdSchemas() {
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Path file : Repository.files(Repository.kubernetes().resolve("schemas"), ".yaml")) {
            for (Manifest m : Manifests.read(file)) {
                if (!m.is("CustomResourceDefinition")) {
                    continue;
                }
                JsonNode spec = m.node().path("spec");
                String group = spec.path("group").asText();
                String kind = spec.path("names").path("kind").asText();
                for (JsonNode version : spec.path("versions")) {
                    if (!version.path("served").asBoolean(false)) {
                        continue;
                    }
                    JsonNode schema = version.path("schema").path("openAPIV3Schema");
                    out.put(group + "/" + version.path("name").asText() + "/" + kind,
                            new Entry(Repository.kubernetes().relativize(file).toString(), schema));
                }
            }
        }
        return out;
    }

    private static Schema compile(JsonNode schema) {
        return REGISTRY.getSchema(JSON3.readTree(schema.toString()));
    }

    /** Makes a structural schema strict (see the class comment); without {@code required} when not {@code whole}. */
    private static JsonNode strict(JsonNode node, boolean whole) {
        if (node instanceof ObjectNode o) {
            if (!whole) {
                o.remove("required");
            }
            if (o.path("nullable").asBoolean(false) && o.has("type")) {
                ArrayNode types = JsonNodeFactory.instance.arrayNode().add(o.get("type").asText()).add("null");
                o.set("type", types);
            }
            o.remove("nullable");
            boolean preserves = o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (o.has("properties") && !o.has("additionalProperties") && !preserves) {
                o.put("additionalProperties", false);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals("properties")) {
                    f.getValue().forEach(p -> strict(p, whole));
                } else if (!f.getKey().startsWith("x-kubernetes-") && !f.getKey().equals("enum") && !f.getKey().equals("default")
                        && !f.getKey().equals("example")) {
                    strict(f.getValue(), whole);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> strict(n, whole));
        }
        return node;
    }

    static boolean knows(String apiVersion, String kind) {
        return SCHEMAS.containsKey(apiVersion + "/" + kind);
    }

    /** The vendored file that holds the schema of this kind. */
    static String source(String apiVersion, String kind) {
        return SCHEMAS.get(apiVersion + "/" + kind).crd();
    }

    static int count() {
        return SCHEMAS.size();
    }

    /** Problems of a whole custom resource; empty when it is valid. */
    static List<String> validate(JsonNode node) {
        return validate(node, true);
    }

    /**
     * Problems of a strategic-merge patch of a custom resource: what it names must exist with the right type, but it need
     * not repeat required fields, and a {@code null} (a deletion) is allowed anywhere.
     */
    static List<String> validatePatch(JsonNode node) {
        return validate(withoutNulls(node.deepCopy()), false);
    }

    private static List<String> validate(JsonNode node, boolean whole) {
        Entry e = SCHEMAS.get(node.path("apiVersion").asText() + "/" + node.path("kind").asText());
        if (e == null) {
            return List.of("no CRD schema for " + node.path("apiVersion").asText() + " " + node.path("kind").asText());
        }
        List<Error> errors = (whole ? e.whole() : e.partial()).validate(JSON3.readTree(node.toString()));
        List<String> problems = new ArrayList<>();
        for (Error error : errors) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    withoutNulls(f.getValue());
                }
            });
            nulls.forEach(o::remove);
        } else if (node instanceof ArrayNode a) {
            a.forEach(CrdSchemas::withoutNulls);
        }
        return node;
    }
}
