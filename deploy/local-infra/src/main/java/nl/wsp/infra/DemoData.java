package nl.wsp.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Seeds a running stack with demo data through its public API, as a frontend or partner system would.
 * Every {@code *.json} file in the directory (in name order) is an array of steps:
 * <pre>{"service": "account", "method": "POST", "path": "/api/v1/...", "role": "beheerder", "partner": "…",
 *  "regio": "…", "body": {…}, "save": {"var": "id"}}</pre>
 * {@code regio} is the token's region claim, for a beheerder of one region (matching's regional menu and fund).
 * {@code ${var}} in a path or a string in a body is replaced by a value saved from an earlier answer. A step answered
 * 404, 422 or 503 is retried for a minute: events take a moment to travel between services. A 409 means the data is
 * already there. A step {@code {"generate": "plaatsingen-over-een-jaar", …}} stands for the steps {@link DemoPlaatsingen}
 * generates from it (a year of placements), run the same way.
 */
final class DemoData {

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("account", 8081, "vacancy", 8082, "matching", 8083, "reporting", 8084);
    private static final Set<Integer> RETRY = Set.of(403, 404, 422, 503); // 403: the adviser's event has not reached the service yet
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> saved = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Path key;
    private final Map<String, Integer> ports;

    private DemoData(Path key, Map<String, Integer> ports) {
        this.key = key;
        this.ports = ports;
    }

    /** {@code seed DIR [--key PEM] [--port-account 8081 …]} */
    static void seed(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path key = Path.of("deploy", "dev-keys", "dev-private.pem");
        Map<String, Integer> ports = new HashMap<>(DEFAULT_PORTS);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--key")) {
                key = Path.of(args[++i]);
            } else if (args[i].startsWith("--port-")) {
                ports.put(args[i].substring("--port-".length()), Integer.parseInt(args[++i]));
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        new DemoData(key, ports).run(dir);
    }

    /** {@code wait-ready URL… [--timeout-seconds 180]}: waits until every health URL answers 200. */
    static void waitReady(String[] args) throws Exception {
        long timeout = 180;
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--timeout-seconds")) {
                timeout = Long.parseLong(args[++i]);
            } else {
                urls.add(args[i]);
            }
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(timeout);
        for (String url : urls) {
            while (true) {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                if (Instant.now().isAfter(deadline)) {
                    System.err.println("not ready within " + timeout + " s: " + url);
                    System.exit(1);
                }
                Thread.sleep(500);
            }
        }
    }

    private void run(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int steps = 0;
        for (Path file : files) {
            JsonNode array = json.readTree(file.toFile());
            for (JsonNode step : array) {
                for (JsonNode one : expand(step)) {
                    execute(file.getFileName().toString(), one);
                    steps++;
                }
            }
        }
        System.out.println("demo data: " + steps + " steps from " + files.size() + " files");
    }

    /** A step as it stands, or the steps a generator step stands for (start dates from today, the region's calendar). */
    static List<JsonNode> expand(JsonNode step) {
        if (!step.has("generate")) {
            return List.of(step);
        }
        if (!DemoPlaatsingen.SOORT.equals(step.path("generate").asText())) {
            throw new IllegalArgumentException("unknown generator " + step.path("generate").asText());
        }
        return new DemoPlaatsingen().stappen(step, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    private void execute(String file, JsonNode step) throws Exception {
        String service = step.path("service").asText();
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException(file + ": unknown service " + service);
        }
        String method = step.path("method").asText("POST");
        String path = substitute(step.path("path").asText());
        String body = step.has("body") ? json.writeValueAsString(substitute(step.get("body"))) : null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(step.path("role").asText("beheerder"), text(step, "partner"), text(step, "regio")))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        Instant deadline = Instant.now().plusSeconds(60);
        HttpResponse<String> response;
        while (true) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (!RETRY.contains(response.statusCode()) || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(500);
        }
        int status = response.statusCode();
        if (status == 409) {
            return;
        }
        if (status >= 300) {
            throw new IllegalStateException(file + ": " + method + " " + path + " answered " + status + ": " + response.body());
        }
        JsonNode save = step.get("save");
        if (save != null && !response.body().isBlank()) {
            JsonNode answer = json.readTree(response.body());
            for (Iterator<Map.Entry<String, JsonNode>> it = save.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode value = answer;
                for (String part : entry.getValue().asText().split("\\.")) {
                    value = value.isArray() ? value.path(Integer.parseInt(part)) : value.path(part);
                }
                if (value.isMissingNode() || value.isNull()) {
                    throw new IllegalStateException(file + ": answer of " + path + " has no " + entry.getValue().asText() + ": " + response.body());
                }
                saved.put(entry.getKey(), value.asText());
            }
        }
    }

    private JsonNode substitute(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(substitute(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = json.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), substitute(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(n -> copy.add(substitute(n)));
            return copy;
        }
        return node;
    }

    private String substitute(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("demo data uses ${" + m.group(1) + "} before it was saved");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String token(String role, String partner, String regio) throws Exception {
        String cacheKey = role + "|" + partner + "|" + regio;
        String token = tokens.get(cacheKey);
        if (token == null) {
            String subject = "adviseur".equals(role) && partner != null ? adviseurVan(partner)
                    : "demo-" + role + (partner != null ? "@" + partner : "");
            token = DevToken.sign(key, role, partner, subject, regio, DevToken.lifetime(role));
            tokens.put(cacheKey, token);
        }
        return token;
    }

    /**
     * Every service takes an adviser's {@code sub} to be an adviser id of account-service, of the token's partner
     * (docs/api.md): the demo acts as the partner's first adviser that account-service knows.
     */
    private String adviseurVan(String partner) throws Exception {
        Integer account = ports.get("account");
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + account
                                + "/api/v1/adviseurs?limiet=1&partner=" + java.net.URLEncoder.encode(partner, java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + DevToken.sign(key, "beheerder", null, "demo-beheerder", DevToken.lifetime("beheerder")))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode eerste = json.readTree(antwoord.body()).path("resultaten").path(0).path("id");
        if (antwoord.statusCode() != 200 || eerste.isMissingNode()) {
            throw new IllegalStateException("account-service knows no adviser of demo partner " + partner + ": " + antwoord.body());
        }
        return eerste.asText();
    }

    private static String text(JsonNode step, String field) {
        JsonNode value = step.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
