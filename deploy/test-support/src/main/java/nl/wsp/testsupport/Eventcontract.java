package nl.wsp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The event contract of the AsyncAPI documents ({@code docs/asyncapi/*.yaml}), as a gate on what tests see on Kafka:
 * every CloudEvent a service publishes (its send operations) must be a message of that document, on a channel that
 * carries it, whose payload schema it meets. An unknown {@code type}, a missing required field, a wrong value or
 * a wrong topic is refused with the reasons (docs/adr/0014-cloudevents-nl-gov-profile.md).
 * <p>
 * Channels whose message is {@code onleesbaar} (the dead-letter topics) carry anything and are not checked.
 * The schemas are JSON Schema (draft 7, the AsyncAPI 3 default schema format), checked by networknt's validator.
 */
public final class Eventcontract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static volatile Eventcontract repository;

    /** A message a document sends: its type, payload schema, the topics it goes to and where it is described. */
    private record Bericht(String type, Schema payload, Set<String> topics, String document, List<JsonNode> voorbeelden) {
    }

    private final Map<String, Bericht> berichten = new LinkedHashMap<>();
    private final Set<String> vrijeTopics = new TreeSet<>();

    private Eventcontract(List<Path> documenten) {
        for (Path document : documenten) {
            lees(document);
        }
    }

    /** The contract of the documents given (a test of this class, or of one document). */
    public static Eventcontract van(Path... documenten) {
        return new Eventcontract(List.of(documenten));
    }

    /**
     * The contract of the repository: every {@code docs/asyncapi/*.yaml}, plus any {@code src/test/resources/asyncapi/*.yaml}
     * of the module under test (the frame's own test topic).
     */
    public static Eventcontract vanRepository() {
        Eventcontract c = repository;
        if (c == null) {
            synchronized (Eventcontract.class) {
                if (repository == null) {
                    List<Path> documenten = new ArrayList<>(yamls(root().resolve("docs").resolve("asyncapi")));
                    documenten.addAll(yamls(Path.of("src", "test", "resources", "asyncapi")));
                    repository = new Eventcontract(documenten);
                }
                c = repository;
            }
        }
        return c;
    }

    /** Every type some document publishes. */
    public Set<String> types() {
        return new TreeSet<>(berichten.keySet());
    }

    /**
     * The reasons the record breaks the contract; empty when it keeps it.
     *
     * @param topic the topic it was read from or is sent to
     * @param value the record value: the whole CloudEvent as JSON
     */
    public List<String> overtredingen(String topic, String value) {
        if (vrijeTopics.contains(topic)) {
            return List.of();
        }
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (IOException e) {
            return List.of("the record on " + topic + " is not JSON: " + e.getMessage());
        }
        if (event == null || !event.isObject() || !event.path("type").isTextual()) {
            return List.of("the record on " + topic + " is not a CloudEvent with a type");
        }
        String type = event.path("type").asText();
        Bericht bericht = berichten.get(type);
        if (bericht == null) {
            return List.of("type " + type + " on " + topic + " is a message of no AsyncAPI document (known: " + berichten.keySet() + ")");
        }
        List<String> fouten = new ArrayList<>();
        if (!bericht.topics().contains(topic)) {
            fouten.add("type " + type + " is published on " + bericht.topics() + " in " + bericht.document() + ", not on " + topic);
        }
        for (Error error : bericht.payload().validate(value, InputFormat.JSON)) {
            fouten.add(type + ": " + error.getMessage());
        }
        return fouten;
    }

    /** @throws AssertionError naming every reason when the record breaks the contract */
    public void controleer(String topic, String value) {
        List<String> fouten = overtredingen(topic, value);
        if (!fouten.isEmpty()) {
            throw new AssertionError("the event on " + topic + " breaks its AsyncAPI contract (docs/asyncapi):\n  - "
                    + String.join("\n  - ", fouten) + "\n  event: " + value);
        }
    }

    /** The reasons the documents' own examples break their schemas: every published message has at least one that keeps it. */
    public List<String> voorbeeldfouten() {
        List<String> fouten = new ArrayList<>();
        berichten.values().forEach(b -> {
            if (b.voorbeelden().isEmpty()) {
                fouten.add(b.type() + " in " + b.document() + " has no example");
            }
            for (JsonNode voorbeeld : b.voorbeelden()) {
                for (Error error : b.payload().validate(voorbeeld.toString(), InputFormat.JSON)) {
                    fouten.add(b.type() + " example in " + b.document() + ": " + error.getMessage());
                }
            }
        });
        return fouten;
    }

    private void lees(Path document) {
        JsonNode doc;
        try {
            doc = YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("AsyncAPI document " + document + " cannot be read", e);
        }
        for (JsonNode operatie : doc.path("operations")) {
            if (!"send".equals(operatie.path("action").asText())) {
                continue;
            }
            JsonNode kanaal = volg(doc, operatie.path("channel"), document);
            String topic = kanaal.path("address").asText();
            for (JsonNode verwijzing : operatie.path("messages")) {
                JsonNode bericht = volg(doc, volg(doc, verwijzing, document), document);
                if ("onleesbaar".equals(bericht.path("name").asText())) {
                    vrijeTopics.add(topic);
                    continue;
                }
                String type = bericht.path("name").asText();
                Bericht bekend = berichten.get(type);
                if (bekend != null) {
                    bekend.topics().add(topic);
                    continue;
                }
                JsonNode payload = inline(doc, bericht.path("payload"), document, 0);
                List<JsonNode> voorbeelden = new ArrayList<>();
                bericht.path("examples").forEach(v -> voorbeelden.add(v.path("payload")));
                Set<String> topics = new TreeSet<>();
                topics.add(topic);
                berichten.put(type, new Bericht(type, SCHEMAS.getSchema(payload.toString(), InputFormat.JSON), topics,
                        document.getFileName().toString(), voorbeelden));
            }
        }
    }

    /** The node a local {@code $ref} points at (or the node itself when it is no reference). */
    private static JsonNode volg(JsonNode doc, JsonNode node, Path document) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#/")) {
            throw new IllegalArgumentException(document + ": a send operation refers outside its document: " + pointer);
        }
        JsonNode doel = doc.at(pointer.substring(1));
        if (doel.isMissingNode()) {
            throw new IllegalArgumentException(document + ": " + pointer + " points at nothing");
        }
        return doel;
    }

    /** The schema with every local {@code $ref} replaced by what it points at, so it stands alone. */
    private static JsonNode inline(JsonNode doc, JsonNode schema, Path document, int diepte) {
        if (diepte > 50) {
            throw new IllegalArgumentException(document + ": the schemas refer to each other in a cycle");
        }
        if (schema.isObject()) {
            if (schema.has("$ref")) {
                return inline(doc, volg(doc, schema, document), document, diepte + 1);
            }
            ObjectNode kopie = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> velden = schema.fields();
            while (velden.hasNext()) {
                Map.Entry<String, JsonNode> veld = velden.next();
                kopie.set(veld.getKey(), inline(doc, veld.getValue(), document, diepte + 1));
            }
            return kopie;
        }
        if (schema.isArray()) {
            var kopie = JSON.createArrayNode();
            schema.forEach(e -> kopie.add(inline(doc, e, document, diepte + 1)));
            return kopie;
        }
        return schema;
    }

    private static List<Path> yamls(Path map) {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the folder holding {@code ./wsp}, at or above the working directory. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("wsp"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the repository root (the folder holding ./wsp) lies above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
