package nl.wsp.deploy.kubernetes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's code says about Kafka, read from the service itself so the deployment cannot drift from it: the
 * topics its outbox publishes (the {@code TOPIC} constants of its events, named {@code wsp.<service>.…}), the topics
 * and consumer groups of its incoming channels and their dead-letter topics (application.properties, default profile).
 */
record ServiceCode(String service, Set<String> published, Set<String> consumed, Set<String> groups, Set<String> deadLetters) {

    static final List<String> SERVICES = List.of("account-service", "vacancy-service", "matching-service", "reporting-service");
    /** The partner-facing topic of the isolation issue: vacancy-service publishes it, partners read only it. */
    static final String PARTNER_TOPIC = "wsp.vacancy.partner-vacatures";

    /** A topic name in a string literal; a configuration prefix ({@code @ConfigMapping(prefix = "wsp.matching.…")}) is none. */
    private static final Pattern TOPIC_LITERAL = Pattern.compile("(?<!prefix = )\"(wsp\\.(account|vacancy|matching|reporting)\\.[a-z0-9-]+)\"");

    static ServiceCode of(String service) {
        Path dir = Repository.root().resolve(service);
        String prefix = "wsp." + service.substring(0, service.indexOf('-')) + ".";
        Set<String> published = new TreeSet<>();
        for (Path java : Repository.files(dir.resolve("src/main/java"), ".java")) {
            Matcher m = TOPIC_LITERAL.matcher(Repository.read(java));
            while (m.find()) {
                if (m.group(1).startsWith(prefix)) {
                    published.add(m.group(1));
                }
            }
        }
        Properties props = new Properties();
        try {
            props.load(new StringReader(Repository.read(dir.resolve("src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key).trim();
            if (key.startsWith("%")) {
                continue; // another profile than production
            }
            if (key.startsWith("mp.messaging.incoming.")) {
                String channel = key.substring("mp.messaging.incoming.".length(), key.indexOf('.', "mp.messaging.incoming.".length()));
                String setting = key.substring(("mp.messaging.incoming." + channel + ".").length());
                switch (setting) {
                    case "topic", "topics" -> consumed.addAll(List.of(value.split("\\s*,\\s*")));
                    case "group.id" -> groups.add(value);
                    case "dead-letter-queue.topic" -> deadLetters.add(value);
                    case "failure-strategy" -> {
                        if ((value.equals("dead-letter-queue") || value.equals("wsp-dead-letter-queue")) && !props.containsKey("mp.messaging.incoming." + channel + ".dead-letter-queue.topic")) {
                            deadLetters.add("dead-letter-topic-" + props.getProperty("mp.messaging.incoming." + channel + ".topic", channel));
                        }
                    }
                    default -> {
                    }
                }
            } else if (key.startsWith("mp.messaging.outgoing.") && (key.endsWith(".topic"))) {
                published.add(value);
            }
        }
        return new ServiceCode(service, published, consumed, groups, deadLetters);
    }

    static List<ServiceCode> all() {
        return SERVICES.stream().map(ServiceCode::of).toList();
    }

    /** Every topic this service writes: its outbox topics, its dead-letter topics, and for vacancy-service the partner topic. */
    Set<String> writes() {
        Set<String> out = new TreeSet<>(published);
        out.addAll(deadLetters);
        if (service.equals("vacancy-service")) {
            out.add(PARTNER_TOPIC);
        }
        return out;
    }

    /** The database of the service: its name without "-service". */
    String database() {
        return service.substring(0, service.indexOf('-'));
    }
}
