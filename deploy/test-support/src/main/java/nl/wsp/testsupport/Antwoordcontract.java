package nl.wsp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI contract as a gate on what tests receive: every 2xx JSON answer that a test gets through RestAssured
 * must hold every field its schema in the service's live document ({@code /api/v1/openapi.json}) declares
 * {@code required}, not {@code null} unless the schema allows it, at any depth. A field the document promises and the
 * service leaves out fails the test that saw it, naming operation and field (docs/adr/0022).
 * <p>
 * {@link WspInfraResource} installs it for every {@code @QuarkusTest}; {@link #geinstalleerd()} tells a test that it is.
 */
public final class Antwoordcontract implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Antwoordcontract INSTANTIE = new Antwoordcontract();
    private final Map<String, JsonNode> documenten = new ConcurrentHashMap<>();

    /** Installs the gate on RestAssured (once). */
    public static synchronized void installeer() {
        if (!geinstalleerd()) {
            RestAssured.filters(INSTANTIE);
        }
    }

    public static boolean geinstalleerd() {
        return RestAssured.filters().stream().anyMatch(f -> f instanceof Antwoordcontract);
    }

    @Override
    public Response filter(FilterableRequestSpecification verzoek, FilterableResponseSpecification antwoordSpec,
                           FilterContext context) {
        Response antwoord = context.next(verzoek, antwoordSpec);
        String pad = URI.create(verzoek.getURI()).normalize().getPath(); // the server answers the normalised path (".." resolved)
        String type = antwoord.getContentType();
        if (antwoord.statusCode() / 100 != 2 || type == null || !type.contains("json") || pad.endsWith("/openapi.json")
                || !pad.startsWith("/api/")) {
            return antwoord;
        }
        URI uri = URI.create(verzoek.getURI());
        JsonNode document = documenten.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(), Antwoordcontract::lees);
        if (document == null) {
            return antwoord;
        }
        List<String> fouten = afwijkingen(document, verzoek.getMethod(), pad, antwoord.statusCode(), antwoord.asString());
        if (!fouten.isEmpty()) {
            throw new AssertionError("Het antwoord op " + verzoek.getMethod() + " " + pad + " (" + antwoord.statusCode()
                    + ") wijkt af van het OpenAPI-document: " + String.join("; ", fouten) + "\n" + antwoord.asString());
        }
        return antwoord;
    }

    /** What in {@code body} breaks the {@code required} fields of the document's answer for this call; empty when nothing. */
    public static List<String> afwijkingen(JsonNode document, String methode, String pad, int status, String body) {
        List<String> fouten = new ArrayList<>();
        Optional<JsonNode> operatie = operatie(document, methode, pad);
        if (operatie.isEmpty()) {
            return fouten;
        }
        JsonNode antwoorden = operatie.get().path("responses");
        JsonNode antwoord = antwoorden.has(String.valueOf(status)) ? antwoorden.get(String.valueOf(status)) : antwoorden.path("default");
        JsonNode schema = null;
        Iterator<Map.Entry<String, JsonNode>> media = antwoord.path("content").fields();
        while (media.hasNext()) {
            Map.Entry<String, JsonNode> m = media.next();
            if (m.getKey().contains("json")) {
                schema = m.getValue().path("schema");
                break;
            }
        }
        if (schema == null || schema.isMissingNode()) {
            return fouten;
        }
        JsonNode waarde;
        try {
            waarde = JSON.readTree(body);
        } catch (IOException e) {
            fouten.add("geen JSON");
            return fouten;
        }
        toets(document, schema, waarde, "", fouten, 0);
        return fouten;
    }

    private static void toets(JsonNode document, JsonNode schema, JsonNode waarde, String pad, List<String> fouten, int diepte) {
        schema = los(document, schema);
        if (waarde == null || waarde.isNull() || diepte > 30) {
            return;
        }
        for (JsonNode deel : schema.path("allOf")) {
            toets(document, deel, waarde, pad, fouten, diepte + 1);
        }
        if (waarde.isObject()) {
            for (JsonNode verplicht : schema.path("required")) {
                String veld = verplicht.asText();
                JsonNode v = waarde.get(veld);
                if (v == null) {
                    fouten.add("verplicht veld " + pad + veld + " ontbreekt");
                } else if (v.isNull() && !magNullZijn(los(document, schema.path("properties").path(veld)))) {
                    fouten.add("verplicht veld " + pad + veld + " is null");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> velden = schema.path("properties").fields();
            while (velden.hasNext()) {
                Map.Entry<String, JsonNode> veld = velden.next();
                if (waarde.has(veld.getKey())) {
                    toets(document, veld.getValue(), waarde.get(veld.getKey()), pad + veld.getKey() + ".", fouten, diepte + 1);
                }
            }
        } else if (waarde.isArray() && schema.has("items")) {
            for (int i = 0; i < waarde.size(); i++) {
                toets(document, schema.get("items"), waarde.get(i), pad.isEmpty() ? "[" + i + "]." : pad.substring(0, pad.length() - 1) + "[" + i + "].", fouten, diepte + 1);
            }
        }
    }

    private static boolean magNullZijn(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    private static JsonNode los(JsonNode document, JsonNode schema) {
        int stappen = 0;
        while (schema.has("$ref") && stappen++ < 20) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    /** The operation a request path meets: a literal path before a template one ({@code /kandidaten/wijzigingen} before {@code /kandidaten/{id}}). */
    static Optional<JsonNode> operatie(JsonNode document, String methode, String pad) {
        String server = document.path("servers").path(0).path("url").asText("");
        String basis = server.startsWith("/") ? server : "";
        String m = methode.toLowerCase(java.util.Locale.ROOT);
        List<Map.Entry<String, JsonNode>> passend = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paden = document.path("paths").fields();
        while (paden.hasNext()) {
            Map.Entry<String, JsonNode> p = paden.next();
            String patroon = Pattern.quote(basis + p.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (p.getValue().has(m) && Pattern.matches(patroon, pad)) {
                passend.add(p);
            }
        }
        return passend.stream()
                .min(Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()))
                .map(e -> e.getValue().get(m));
    }

    private static JsonNode lees(String basis) {
        try {
            HttpResponse<String> antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(basis + "/api/v1/openapi.json")).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            return antwoord.statusCode() == 200 ? JSON.readTree(antwoord.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
