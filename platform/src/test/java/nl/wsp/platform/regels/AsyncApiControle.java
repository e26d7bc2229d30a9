package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps a service's AsyncAPI document in step with its code: the channels it sends to are the topics its outbox may
 * publish ({@code wsp.platform.outbox.topics}, which the outbox enforces) plus its consumers' dead-letter topics; the
 * channels it receives from are the topics of its {@code @Incoming} channels ({@code mp.messaging.incoming.*.topic(s)}).
 */
public final class AsyncApiControle {

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");

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
        controleer(Path.of("..", "docs", "asyncapi", service + ".yaml"), Path.of("src", "main", "resources", "application.properties"));
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
