package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.wsp.testsupport.Eventcontract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a service's AsyncAPI document in step with its code: the channels it sends to are the topics its outbox may
 * publish ({@code wsp.platform.outbox.topics}, which the outbox enforces) plus its consumers' dead-letter topics; the
 * channels it receives from are the topics of its {@code @Incoming} channels ({@code mp.messaging.incoming.*.topic(s)}).
 * And the messages: the event types the document sends and receives are exactly the types the code names (every
 * {@code "nl.werkgeversdienstverlening.….v<n>"} literal under {@code src/main/java}); every message it sends has a
 * {@code type} const equal to its name, a {@code data} schema and an example that meets its schema.
 */
public final class AsyncApiControle {

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");
    private static final Pattern TYPE = Pattern.compile("\"(nl\\.werkgeversdienstverlening\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+)\"");

    /** The channel addresses of one side: what is sent and what is received. */
    public record Kanalen(Set<String> verstuurd, Set<String> ontvangen) {
    }

    private AsyncApiControle() {
    }

    /**
     * Run from a service module's directory: compares {@code ../docs/asyncapi/<service>.yaml} with
     * {@code src/main/resources/application.properties}.
     */
    public static void controleer(String service) {
        Path document = Path.of("..", "docs", "asyncapi", service + ".yaml");
        controleer(document, Path.of("src", "main", "resources", "application.properties"));
        controleerBerichten(document, Path.of("src", "main", "java"));
    }

    /**
     * The messages of the document against the code: the types it sends and receives are the types the code names, and
     * every message it sends is complete (a {@code type} const, a {@code data} schema, an example that meets the schema).
     */
    public static void controleerBerichten(Path asyncApi, Path broncode) {
        JsonNode doc = lees(asyncApi);
        Set<String> inDocument = new TreeSet<>();
        List<String> onvolledig = new ArrayList<>();
        doc.path("operations").forEach(operatie -> operatie.path("messages").forEach(verwijzing -> {
            JsonNode bericht = doc.at(verwijzing.path("$ref").asText().substring(1));
            String ref = bericht.path("$ref").asText();
            if ("receive".equals(operatie.path("action").asText())) {
                inDocument.add(ref.substring(ref.lastIndexOf('/') + 1));
                return;
            }
            JsonNode m = ref.startsWith("#/") ? doc.at(ref.substring(1)) : bericht;
            String naam = m.path("name").asText();
            if ("onleesbaar".equals(naam)) {
                return;
            }
            inDocument.add(naam);
            if (!naam.equals(typeConst(m.path("payload")))) {
                onvolledig.add(naam + ": its payload has no type const equal to its name");
            }
            if (!m.path("payload").toString().contains("\"data\"")) {
                onvolledig.add(naam + ": its payload has no data schema");
            }
            if (m.path("examples").isEmpty()) {
                onvolledig.add(naam + ": it has no example");
            }
        }));
        onvolledig.addAll(Eventcontract.van(asyncApi).voorbeeldfouten());
        assertThat(onvolledig).as("messages of %s", asyncApi).isEmpty();
        assertThat(inDocument).as("event types sent and received in %s, against the types named in %s", asyncApi, broncode)
                .containsExactlyInAnyOrderElementsOf(typesUitCode(broncode));
    }

    /**
     * The frame's read models that a service feeds from its own {@code @Incoming} channel, and the event types each reads:
     * a service whose code names the class receives those types, though the literal is the frame's (ADR 0029 §4).
     */
    static final Map<String, Set<String>> LEESMODELLEN_VAN_HET_FRAME = Map.of(
            nl.wsp.platform.bekenden.Adviseurs.class.getName(), Set.of(nl.wsp.platform.bekenden.Adviseurs.GEREGISTREERD));

    /**
     * Every event type the code names: the string literals of the form {@code nl.werkgeversdienstverlening.<a>.<b>.v<n>},
     * and the types of each frame read model it names ({@link #LEESMODELLEN_VAN_HET_FRAME}).
     */
    public static Set<String> typesUitCode(Path broncode) {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> bestanden = Files.walk(broncode)) {
            for (Path bestand : bestanden.filter(b -> b.toString().endsWith(".java")).toList()) {
                String bron = Files.readString(bestand, StandardCharsets.UTF_8);
                Matcher m = TYPE.matcher(bron);
                while (m.find()) {
                    types.add(m.group(1));
                }
                LEESMODELLEN_VAN_HET_FRAME.forEach((klasse, gelezen) -> {
                    if (bron.contains(klasse)) {
                        types.addAll(gelezen);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("source " + broncode + " cannot be read", e);
        }
        return types;
    }

    private static String typeConst(JsonNode payload) {
        if (payload.path("properties").path("type").has("const")) {
            return payload.path("properties").path("type").path("const").asText();
        }
        for (JsonNode deel : payload.path("allOf")) {
            String c = typeConst(deel);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static JsonNode lees(Path asyncApi) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(asyncApi.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("AsyncAPI document " + asyncApi + " cannot be read", e);
        }
    }

    public static void controleer(Path asyncApi, Path configuratie) {
        Kanalen document = uitAsyncApi(asyncApi);
        Kanalen code = uitConfiguratie(configuratie);
        assertThat(document.verstuurd()).as("send channels in %s, against the outbox topics and dead-letter topics in %s",
                asyncApi, configuratie).containsExactlyInAnyOrderElementsOf(code.verstuurd());
        assertThat(document.ontvangen()).as("receive channels in %s, against the @Incoming topics in %s", asyncApi, configuratie)
                .containsExactlyInAnyOrderElementsOf(code.ontvangen());
    }

    /** The addresses of the channels the document's operations send to and receive from. */
    public static Kanalen uitAsyncApi(Path asyncApi) {
        JsonNode doc;
        try {
            doc = new ObjectMapper(new YAMLFactory()).readTree(asyncApi.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("AsyncAPI document " + asyncApi + " cannot be read", e);
        }
        Set<String> verstuurd = new TreeSet<>();
        Set<String> ontvangen = new TreeSet<>();
        doc.path("operations").forEach(operatie -> {
            String ref = operatie.path("channel").path("$ref").asText();
            String kanaal = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode adres = doc.path("channels").path(kanaal).path("address");
            if (adres.isMissingNode() || adres.asText().isBlank()) {
                throw new AssertionError("operation on " + ref + " in " + asyncApi + " names a channel without an address");
            }
            switch (operatie.path("action").asText()) {
                case "send" -> verstuurd.add(adres.asText());
                case "receive" -> ontvangen.add(adres.asText());
                default -> throw new AssertionError("operation on " + ref + " in " + asyncApi + " has no action send or receive");
            }
        });
        return new Kanalen(verstuurd, ontvangen);
    }

    /** The topics the service's configuration publishes to and consumes from (profiles such as {@code %test.} aside). */
    public static Kanalen uitConfiguratie(Path configuratie) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(configuratie, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("configuration " + configuratie + " cannot be read", e);
        }
        Set<String> verstuurd = new TreeSet<>(lijst(p.getProperty("wsp.platform.outbox.topics", "")));
        Set<String> ontvangen = new TreeSet<>();
        Set<String> kanalen = new TreeSet<>();
        for (String sleutel : p.stringPropertyNames()) {
            Matcher m = INCOMING.matcher(sleutel);
            if (!m.matches()) {
                continue;
            }
            kanalen.add(m.group(1));
            switch (m.group(2)) {
                case "topic", "topics" -> ontvangen.addAll(lijst(p.getProperty(sleutel)));
                case "dead-letter-queue.topic" -> verstuurd.add(p.getProperty(sleutel).trim());
                default -> {
                    // other connector settings
                }
            }
        }
        for (String kanaal : kanalen) {
            // without topic(s) the Kafka connector reads the topic named after the channel
            if (p.getProperty("mp.messaging.incoming." + kanaal + ".topic") == null
                    && p.getProperty("mp.messaging.incoming." + kanaal + ".topics") == null) {
                ontvangen.add(kanaal);
            }
        }
        return new Kanalen(verstuurd, ontvangen);
    }

    private static Set<String> lijst(String waarde) {
        Set<String> delen = new TreeSet<>();
        Arrays.stream(waarde.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(delen::add);
        return delen;
    }
}
