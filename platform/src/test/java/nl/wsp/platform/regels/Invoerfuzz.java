package nl.wsp.platform.regels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.wsp.platform.regels.OpenApiOperaties.Operatie;
import nl.wsp.platform.regels.OpenApiOperaties.Parameter;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;

/**
 * A bounded input fuzzer driven by a service's live OpenAPI document (issue 13 item 8): for every operation it sends a
 * plausible request with one part made wrong at a time (a body field, a path parameter, a query parameter, the body as
 * a whole): wrong JSON types, null, empty, huge strings, NUL and other control characters, impossible dates, unknown
 * enumeration values, numeric overflow, injection strings, path traversal. Deterministic (a fixed seed) and bounded
 * per operation, so a run is repeatable and fast.
 * <p>What it holds the service to: never a 5xx; every refusal (4xx) is {@code application/problem+json}; and a
 * refusal changes no row count of any table of the service's database — the processing log's {@code ERROR} rows aside,
 * which record the refusal (ADR 0016) — (a plausible request may be accepted; then the
 * counts are taken anew). Everything it finds is collected, so one run names every fault.
 */
public final class Invoerfuzz {

    private static final JsonNodeFactory J = JsonNodeFactory.instance;
    private static final String GROOT = "a".repeat(70_000);

    private final DataSource database;
    private final Map<String, String> padwaarden = new HashMap<>();
    private final Map<String, JsonNode> veldwaarden = new HashMap<>();
    private final Map<String, JsonNode> voorbeelden = new HashMap<>();
    private final Set<String> nietGeteld = new HashSet<>();
    private final Set<String> alleenGeteld = new HashSet<>();
    private final Set<String> overslaan = new HashSet<>();
    private Function<Operatie, String> token = op -> null;
    private int perOperatie = 24;
    private long zaad = 13;

    /**
     * What one run did, for the test and its report; {@code aanvaardeVarianten} are the wrong-looking requests the
     * service accepted (a search for {@code <script>} may rightly find nothing), for a reader to judge.
     */
    public record Resultaat(int operaties, int verzoeken, int vijfhonderden, int aanvaard, List<String> fouten,
                            List<String> aanvaardeVarianten, Tijd tijd) {
        @Override
        public String toString() {
            return operaties + " operaties, " + verzoeken + " verzoeken, " + vijfhonderden + " keer 5xx, "
                    + aanvaard + " aanvaard, " + fouten.size() + " fouten (" + tijd + ")";
        }
    }

    /** Where the run's time went: the requests, and counting rows (skipped while the database's snapshot stood still). */
    public record Tijd(long verzoekenMs, long tellenMs, int geteld, int overgeslagen) {
        @Override
        public String toString() {
            return "verzoeken " + verzoekenMs + " ms, tellen " + tellenMs + " ms, " + geteld + " keer geteld, "
                    + overgeslagen + " keer niet nodig";
        }
    }

    private Invoerfuzz(DataSource database) {
        this.database = database;
    }

    /** @param database the service's own database, whose row counts a refusal may not change */
    public static Invoerfuzz voor(DataSource database) {
        return new Invoerfuzz(database);
    }

    /** The bearer token to call an operation with: one of a role that may call it, so input is what gets refused. */
    public Invoerfuzz token(Function<Operatie, String> token) {
        this.token = token;
        return this;
    }

    /** A real value for a path parameter of this name ({@code id}, {@code werkgeverId}) on every path. */
    public Invoerfuzz pad(String parameter, String waarde) {
        padwaarden.put(parameter, waarde);
        return this;
    }

    /** A real value for a path parameter on one path only ({@code /api/v1/werkgevers/{id}}). */
    public Invoerfuzz pad(String pad, String parameter, String waarde) {
        padwaarden.put(pad + "|" + parameter, waarde);
        return this;
    }

    /** A plausible value for a body field of this name wherever it occurs ({@code werkgeverId}, {@code gemeente}). */
    public Invoerfuzz veld(String naam, Object waarde) {
        veldwaarden.put(naam, OpenApiOperaties.JSON.valueToTree(waarde));
        return this;
    }

    /** A valid body for one operation, to make wrong one field at a time (else one is made from the schema). */
    public Invoerfuzz voorbeeld(String operationId, String json) {
        try {
            voorbeelden.put(operationId, OpenApiOperaties.JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
        return this;
    }

    /** A table that the service's consumers fill from Kafka while the test runs, so its count is no evidence. */
    public Invoerfuzz telNiet(String tabel) {
        nietGeteld.add(tabel);
        return this;
    }

    /**
     * Counts only these tables: for a service whose database is mostly read models its consumers fill from Kafka, the
     * tables its HTTP operations write (a list of exclusions there goes stale with every new read model). Each must
     * exist, so a renamed table fails the test instead of leaving nothing counted.
     */
    public Invoerfuzz telAlleen(String... tabellen) {
        alleenGeteld.addAll(List.of(tabellen));
        return this;
    }

    /** An operation the fuzzer does not call (say why where it is named). */
    public Invoerfuzz sla(String operationId) {
        overslaan.add(operationId);
        return this;
    }

    public Invoerfuzz perOperatie(int aantal) {
        this.perOperatie = aantal;
        return this;
    }

    public Invoerfuzz zaad(long zaad) {
        this.zaad = zaad;
        return this;
    }

    public Resultaat run() {
        OpenApiOperaties api = OpenApiOperaties.live();
        Random random = new Random(zaad);
        List<String> tabellen = tabellen();
        List<String> fouten = new ArrayList<>();
        List<String> aanvaardeVarianten = new ArrayList<>();
        int verzoeken = 0;
        int vijfhonderden = 0;
        int aanvaard = 0;
        int operaties = 0;
        Tellingen tellingen = new Tellingen(tabellen);
        long verzoekenNs = 0;
        for (Operatie op : api.operaties()) {
            if (overslaan.contains(op.operationId())) {
                continue;
            }
            operaties++;
            List<Verzoek> lijst = verzoeken(api, op, random);
            for (Verzoek v : lijst) {
                long[] voor = tellingen.nu();
                Response antwoord;
                long start = System.nanoTime();
                try {
                    antwoord = stuur(op, v);
                } catch (RuntimeException e) {
                    fouten.add(op + " " + v.wat() + ": geen antwoord (" + e.getClass().getSimpleName() + ")");
                    verzoeken++;
                    continue;
                }
                verzoekenNs += System.nanoTime() - start;
                verzoeken++;
                int status = antwoord.statusCode();
                if (status >= 500) {
                    vijfhonderden++;
                    fouten.add(op + " " + v.wat() + " -> " + status + " " + kort(antwoord.asString()));
                } else if (status >= 400) {
                    String type = antwoord.contentType();
                    if (type == null || !type.startsWith("application/problem+json")) {
                        fouten.add(op + " " + v.wat() + " -> " + status + " zonder problem JSON (" + type + ")");
                    }
                    long[] na = tellingen.nu();
                    for (int i = 0; i < na.length; i++) {
                        if (na[i] != voor[i]) {
                            fouten.add(op + " " + v.wat() + " -> " + status + " maar tabel " + tabellen.get(i)
                                    + " telt " + voor[i] + " -> " + na[i]);
                        }
                    }
                } else {
                    aanvaard++;
                    if (!v.wat().equals("plausibel")) {
                        aanvaardeVarianten.add(op.operationId() + " " + v.wat() + " -> " + status);
                    }
                }
            }
        }
        return new Resultaat(operaties, verzoeken, vijfhonderden, aanvaard, List.copyOf(fouten),
                List.copyOf(aanvaardeVarianten), new Tijd(verzoekenNs / 1_000_000, tellingen.ns / 1_000_000,
                tellingen.geteld, tellingen.overgeslagen));
    }

    // --- the requests ------------------------------------------------------------------------------------------

    /** One request: path and query values (already URL-encoded), a raw body or none, and what was made wrong. */
    private record Verzoek(Map<String, String> pad, Map<String, String> query, Map<String, String> headers, String body,
                           String wat) {
    }

    private List<Verzoek> verzoeken(OpenApiOperaties api, Operatie op, Random random) {
        Map<String, String> pad = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<Parameter> padParameters = new ArrayList<>();
        List<Parameter> queryParameters = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            switch (p.in()) {
                case "path" -> {
                    pad.put(p.naam(), enc(padwaarden.getOrDefault(op.pad() + "|" + p.naam(),
                            padwaarden.getOrDefault(p.naam(), UUID.randomUUID().toString()))));
                    padParameters.add(p);
                }
                case "query" -> queryParameters.add(p);
                case "header" -> headers.put(p.naam(), UUID.randomUUID().toString());
                default -> { }
            }
        }
        JsonNode basis = op.body() == null ? null
                : voorbeelden.containsKey(op.operationId()) ? voorbeelden.get(op.operationId())
                : waarde(api, op.body(), "", 0);
        String basisBody = basis == null ? null : basis.toString();

        List<Verzoek> kandidaten = new ArrayList<>();
        // a body field made wrong, one at a time, at any depth
        if (basis != null) {
            for (Map.Entry<String, JsonNode> veld : velden(api, op.body(), "", 0).entrySet()) {
                for (JsonNode slecht : slecht(api, veld.getValue())) {
                    JsonNode b = basis.deepCopy();
                    if (zet(b, veld.getKey(), slecht)) {
                        kandidaten.add(new Verzoek(pad, Map.of(), headers, b.toString(),
                                "body " + veld.getKey() + "=" + kort(slecht.toString())));
                    }
                }
            }
            for (String raw : List.of("null", "[]", "\"x\"", "1", "{\"a\":", "{}", "[".repeat(5000) + "]".repeat(5000),
                    basisBody + basisBody, "{\"\\u0000\":1}")) {
                kandidaten.add(new Verzoek(pad, Map.of(), headers, raw, "body " + kort(raw)));
            }
        }
        // a path parameter made wrong
        for (Parameter p : padParameters) {
            for (String slecht : slechtePadwaarden()) {
                Map<String, String> pad2 = new LinkedHashMap<>(pad);
                pad2.put(p.naam(), slecht);
                kandidaten.add(new Verzoek(pad2, Map.of(), headers, basisBody, "pad " + p.naam() + "=" + kort(slecht)));
            }
        }
        // a query parameter made wrong
        for (Parameter p : queryParameters) {
            for (String slecht : slechteQuerywaarden()) {
                kandidaten.add(new Verzoek(pad, Map.of(p.naam(), slecht), headers, basisBody,
                        "query " + p.naam() + "=" + kort(slecht)));
            }
        }
        // the plausible request itself, always first
        List<Verzoek> gekozen = new ArrayList<>();
        gekozen.add(new Verzoek(pad, Map.of(), headers, basisBody, "plausibel"));
        Collections.shuffle(kandidaten, random);
        gekozen.addAll(kandidaten.subList(0, Math.min(perOperatie, kandidaten.size())));
        return gekozen;
    }

    private Response stuur(Operatie op, Verzoek v) {
        String pad = op.pad();
        for (Map.Entry<String, String> e : v.pad().entrySet()) {
            pad = pad.replace("{" + e.getKey() + "}", e.getValue());
        }
        StringBuilder url = new StringBuilder(pad);
        char sep = '?';
        for (Map.Entry<String, String> e : v.query().entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        RequestSpecification spec = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        String t = token.apply(op);
        if (t != null) {
            spec = spec.auth().oauth2(t);
        }
        for (Map.Entry<String, String> h : v.headers().entrySet()) {
            spec = spec.header(h.getKey(), h.getValue());
        }
        if (v.body() != null) {
            spec = spec.contentType("application/json").body(v.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(op.methode(), url.toString()).andReturn();
    }

    // --- values --------------------------------------------------------------------------------------------------

    /** A plausible value for a schema; a field named in {@link #veld} gets its given value. */
    private JsonNode waarde(OpenApiOperaties api, JsonNode schema, String naam, int diepte) {
        if (veldwaarden.containsKey(naam)) {
            return veldwaarden.get(naam).deepCopy();
        }
        JsonNode s = api.los(schema);
        if (s.has("example") && !s.get("example").isNull() && !"object".equals(OpenApiOperaties.type(s))) {
            return s.get("example").deepCopy();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0).deepCopy();
        }
        String format = s.path("format").asText("");
        switch (OpenApiOperaties.type(s)) {
            case "object" -> {
                ObjectNode o = J.objectNode();
                if (diepte < 5) {
                    s.path("properties").fields().forEachRemaining(e ->
                            o.set(e.getKey(), waarde(api, e.getValue(), e.getKey(), diepte + 1)));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = J.arrayNode();
                if (diepte < 5) {
                    a.add(waarde(api, s.path("items"), naam, diepte + 1));
                }
                return a;
            }
            case "integer" -> {
                return J.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asLong()) : 1);
            }
            case "number" -> {
                return J.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asDouble()) : 1);
            }
            case "boolean" -> {
                return J.booleanNode(true);
            }
            default -> {
                return J.textNode(switch (format) {
                    case "date" -> "2026-03-02";
                    case "date-time" -> "2026-03-02T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    case "uri" -> "https://example.org/x";
                    case "email" -> "iemand@example.org";
                    default -> "Proef";
                });
            }
        }
    }

    /** Every field of a body schema by its JSON pointer ({@code /adres/postcode}, {@code /regels/0/labels}). */
    private Map<String, JsonNode> velden(OpenApiOperaties api, JsonNode schema, String pointer, int diepte) {
        Map<String, JsonNode> velden = new LinkedHashMap<>();
        JsonNode s = api.los(schema);
        if (diepte > 4) {
            return velden;
        }
        String type = OpenApiOperaties.type(s);
        if (type.equals("object")) {
            s.path("properties").fields().forEachRemaining(e -> {
                String p = pointer + "/" + e.getKey();
                velden.put(p, api.los(e.getValue()));
                velden.putAll(velden(api, e.getValue(), p, diepte + 1));
            });
        } else if (type.equals("array")) {
            String p = pointer + "/0";
            JsonNode items = api.los(s.path("items"));
            if (!pointer.isEmpty()) {
                velden.put(p, items);
            }
            velden.putAll(velden(api, items, p, diepte + 1));
        }
        return velden;
    }

    private static boolean zet(JsonNode body, String pointer, JsonNode waarde) {
        int laatste = pointer.lastIndexOf('/');
        JsonNode ouder = body.at(pointer.substring(0, laatste));
        String sleutel = pointer.substring(laatste + 1);
        if (ouder instanceof ObjectNode o) {
            o.set(sleutel, waarde);
            return true;
        }
        if (ouder instanceof ArrayNode a && !a.isEmpty()) {
            a.set(Integer.parseInt(sleutel), waarde);
            return true;
        }
        return false;
    }

    /** Wrong values for a field of this schema: wrong types, null, empty, huge, control characters, and so on. */
    private static List<JsonNode> slecht(OpenApiOperaties api, JsonNode schema) {
        List<JsonNode> lijst = new ArrayList<>();
        lijst.add(J.nullNode());
        String type = OpenApiOperaties.type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "string" -> {
                lijst.addAll(List.of(J.numberNode(12345), J.booleanNode(true), J.textNode(""), J.textNode(GROOT),
                        J.textNode("ab\u0000cd"), J.textNode("x\u0001\u001by"), J.textNode("\u007f"),
                        J.textNode("' OR '1'='1"), J.textNode("'); DROP TABLE outbox_event; --"),
                        J.textNode("<script>alert(1)</script>"), J.textNode("../../../../etc/passwd"),
                        J.textNode("${jndi:ldap://127.0.0.1/a}"), J.textNode("\u202e\ufeff\u200b"),
                        J.objectNode(), J.arrayNode(), J.numberNode(2147483648L)));
                if (format.equals("date") || format.equals("date-time")) {
                    lijst.addAll(List.of(J.textNode("2019-02-30"), J.textNode("0000-00-00"),
                            J.textNode("+999999999-12-31"), J.textNode("-000001-01-01"), J.textNode("2026-13-01T25:61:00Z"),
                            J.textNode("99999-01-01"), J.numberNode(0)));
                }
                if (format.equals("uuid")) {
                    lijst.addAll(List.of(J.textNode("00000000-0000-0000-0000-000000000000"),
                            J.textNode("not-a-uuid"), J.textNode(UUID.randomUUID() + "x")));
                }
                if (schema.has("enum")) {
                    lijst.addAll(List.of(J.textNode("onbekend"), J.textNode(schema.get("enum").get(0).asText().toUpperCase())));
                }
            }
            case "integer", "number" -> lijst.addAll(List.of(J.textNode("12"), J.booleanNode(true),
                    J.numberNode(new BigInteger("9223372036854775808")), J.numberNode(2147483648L),
                    J.numberNode(-2147483649L), J.numberNode(new BigDecimal("1e400")), J.numberNode(-1),
                    J.numberNode(1.5), J.numberNode(new BigDecimal("-1e-400")), J.textNode("NaN"), J.arrayNode()));
            case "boolean" -> lijst.addAll(List.of(J.textNode("ja"), J.numberNode(1), J.textNode(""), J.objectNode()));
            case "array" -> lijst.addAll(List.of(J.textNode("x"), J.objectNode(), J.arrayNode().add(J.nullNode()),
                    J.arrayNode().add(J.textNode("\u0000")), veleElementen()));
            default -> lijst.addAll(List.of(J.textNode("x"), J.arrayNode(), J.numberNode(1),
                    J.objectNode().put("onbekendVeld", 1)));
        }
        return lijst;
    }

    private static JsonNode veleElementen() {
        ArrayNode a = J.arrayNode();
        for (int i = 0; i < 5000; i++) {
            a.add("x" + i);
        }
        return a;
    }

    private static List<String> slechtePadwaarden() {
        return List.of("%00", "a%00b", "%01", "..%2F..%2Fetc%2Fpasswd", "..", "a".repeat(3000), "%27%20OR%201%3D1--",
                "-1", "99999999999999999999", "%3Cscript%3E", "00000000-0000-0000-0000-000000000000", "%C0%AE",
                "%FF%FE", "%20", "0x7f", "1.5", "%7B%7D", "null");
    }

    private static List<String> slechteQuerywaarden() {
        return List.of("", "%00", "a%00b", "%1B", enc("' OR '1'='1"), enc("<script>"), enc("../../etc/passwd"),
                "a".repeat(3000), "-1", "0", "99999999999999999999", "2147483648", "1.5", "2019-02-30", "%FF",
                enc("${jndi:x}"), "true", "null");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String kort(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "\\\\c");
        return t.length() > 120 ? t.substring(0, 120) + "…(" + t.length() + ")" : t;
    }

    // --- the row counts ------------------------------------------------------------------------------------------

    private List<String> tabellen() {
        List<String> tabellen = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_schema, table_name from information_schema.tables "
                     + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                     + "order by 1, 2")) {
            Set<String> gevonden = new HashSet<>();
            while (rs.next()) {
                String tabel = rs.getString(2);
                gevonden.add(tabel);
                if (!nietGeteld.contains(tabel) && (alleenGeteld.isEmpty() || alleenGeteld.contains(tabel))) {
                    tabellen.add("\"" + rs.getString(1) + "\".\"" + tabel + "\"");
                }
            }
            if (!gevonden.containsAll(alleenGeteld)) {
                Set<String> ontbreekt = new HashSet<>(alleenGeteld);
                ontbreekt.removeAll(gevonden);
                throw new IllegalStateException("tables to count that do not exist: " + ontbreekt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (tabellen.isEmpty()) {
            throw new IllegalStateException("no tables to count: is this the service's own database?");
        }
        return tabellen;
    }

    /**
     * The row counts, taken anew only when the database may have changed. Two equal snapshots
     * ({@code pg_current_snapshot()}: xmin, xmax and the transactions in progress) see the same committed rows, and
     * every insert or delete takes a transaction id, so while the snapshot stands still the last counts still hold.
     * The snapshot is read before counting: a write that commits during the count changes the next snapshot.
     */
    private final class Tellingen {
        private final List<String> tabellen;
        private String snapshot;
        private long[] laatste;
        long ns;
        int geteld;
        int overgeslagen;

        Tellingen(List<String> tabellen) {
            this.tabellen = tabellen;
        }

        long[] nu() {
            long start = System.nanoTime();
            try {
                String huidig = snapshot();
                if (huidig.equals(snapshot)) {
                    overgeslagen++;
                    return laatste;
                }
                laatste = tel(tabellen);
                snapshot = huidig;
                geteld++;
                return laatste;
            } finally {
                ns += System.nanoTime() - start;
            }
        }

        private String snapshot() {
            try (Connection c = database.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select pg_current_snapshot()::text")) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long[] tel(List<String> tabellen) {
        StringBuilder sql = new StringBuilder("select ");
        for (Iterator<String> it = tabellen.iterator(); it.hasNext(); ) {
            String tabel = it.next();
            sql.append("(select count(*) from ").append(tabel);
            if (tabel.endsWith(".\"verwerkingslogboek\"")) {
                // a refused call leaves its ERROR row in the processing log, and nothing else (ADR 0016, section 5)
                sql.append(" where status = 'OK'");
            }
            sql.append(')');
            if (it.hasNext()) {
                sql.append(", ");
            }
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            long[] tellingen = new long[tabellen.size()];
            for (int i = 0; i < tellingen.length; i++) {
                tellingen[i] = rs.getLong(i + 1);
            }
            return tellingen;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
