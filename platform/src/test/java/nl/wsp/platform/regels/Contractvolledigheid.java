package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an OpenAPI document must say for client generators beyond what the Logius linter checks (docs/adr/0022):
 * every object schema an answer (2xx) returns names its {@code required} fields, so a generated type does not make
 * every field optional.
 */
public final class Contractvolledigheid {

    private Contractvolledigheid() {
    }

    /**
     * The component schemas reachable from a 2xx answer and from no request body that have properties and no
     * {@code required}. A type a request takes too keeps the request's rules (what a client may leave out).
     */
    public static List<String> antwoordobjectenZonderRequired(JsonNode document) {
        List<JsonNode> antwoorden = new ArrayList<>();
        List<JsonNode> verzoeken = new ArrayList<>();
        for (JsonNode operatie : operaties(document)) {
            operatie.path("requestBody").path("content").forEach(m -> verzoeken.add(m.path("schema")));
            Iterator<Map.Entry<String, JsonNode>> a = operatie.path("responses").fields();
            while (a.hasNext()) {
                Map.Entry<String, JsonNode> antwoord = a.next();
                if (antwoord.getKey().startsWith("2")) {
                    antwoord.getValue().path("content").forEach(m -> antwoorden.add(m.path("schema")));
                }
            }
        }
        Set<String> inVerzoeken = new TreeSet<>();
        bereikbaar(document, verzoeken, inVerzoeken);
        Set<String> inAntwoorden = new TreeSet<>();
        List<String> zonder = new ArrayList<>();
        for (String naam : bereikbaar(document, antwoorden, inAntwoorden)) {
            JsonNode doel = document.path("components").path("schemas").path(naam);
            if (!inVerzoeken.contains(naam) && doel.path("properties").size() > 0 && doel.path("required").isEmpty()) {
                zonder.add(naam);
            }
        }
        return zonder;
    }

    private static Set<String> bereikbaar(JsonNode document, List<JsonNode> begin, Set<String> namen) {
        Deque<JsonNode> werk = new ArrayDeque<>(begin);
        while (!werk.isEmpty()) {
            JsonNode s = werk.pop();
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText();
                String naam = ref.substring(ref.lastIndexOf('/') + 1);
                if (namen.add(naam)) {
                    werk.add(document.at(ref.substring(1)));
                }
                continue;
            }
            s.path("properties").forEach(werk::add);
            if (s.has("items")) {
                werk.add(s.get("items"));
            }
            if (s.path("additionalProperties").isObject()) {
                werk.add(s.get("additionalProperties"));
            }
            for (String deel : List.of("allOf", "oneOf", "anyOf")) {
                s.path(deel).forEach(werk::add);
            }
        }
        return namen;
    }

    private static List<JsonNode> operaties(JsonNode document) {
        List<JsonNode> operaties = new ArrayList<>();
        document.path("paths").forEach(pad -> pad.fields().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                operaties.add(m.getValue());
            }
        }));
        return operaties;
    }
}
