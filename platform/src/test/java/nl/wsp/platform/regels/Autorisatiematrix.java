package nl.wsp.platform.regels;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.wsp.platform.regels.OpenApiOperaties.Operatie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * The authorisation matrix test of issue 13: every operation of a service's live OpenAPI document, called as every
 * persona (owner, another partner of the region, another region, dashboard, beheerder, a token naming an unknown
 * partner, no token), against real resources the service's test made, and held to a table that is data: a
 * semicolon-separated file in the service's test resources, one row per operationId, one column per persona, each cell
 * the expected status ({@code 200}, {@code 201}, {@code 204}, {@code 400}, {@code 401}, {@code 403}, {@code 404},
 * {@code 409}, or alternatives {@code 400|404}), derived from the table in docs/api.md.
 * <p>It fails for an operation that is not in the table (a new endpoint is covered the day it appears), for a row of
 * the table that names no operation, and for every cell whose answer differs; all differences are listed at once.
 * Personas are called in the table's column order, the owner last, so a refused call cannot have been the cause of an
 * owner's later success.
 */
public final class Autorisatiematrix {

    /** How one call is made: path parameter values and, for a write, a fresh body (a supplier: a create must not repeat). */
    public record Verzoek(Map<String, String> pad, Map<String, String> query, Supplier<String> body) {

        public static Verzoek leeg() {
            return new Verzoek(Map.of(), Map.of(), null);
        }

        public Verzoek pad(String naam, String waarde) {
            Map<String, String> p = new HashMap<>(pad);
            p.put(naam, waarde);
            return new Verzoek(p, query, body);
        }

        public Verzoek query(String naam, String waarde) {
            Map<String, String> q = new HashMap<>(query);
            q.put(naam, waarde);
            return new Verzoek(pad, q, body);
        }

        public Verzoek body(Supplier<String> body) {
            return new Verzoek(pad, query, body);
        }
    }

    /** What one run did. */
    public record Resultaat(int operaties, int personas, int verzoeken, List<String> fouten) {
        @Override
        public String toString() {
            return operaties + " operaties x " + personas + " persona's, " + verzoeken + " verzoeken, "
                    + fouten.size() + " afwijkingen";
        }
    }

    private final String tabel;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Verzoek> verzoeken = new HashMap<>();
    private final Map<String, Map<String, Verzoek>> perPersona = new HashMap<>();

    private Autorisatiematrix(String tabel) {
        this.tabel = tabel;
    }

    /** @param tabel the classpath resource of the table, e.g. {@code autorisatiematrix.csv} */
    public static Autorisatiematrix volgens(String tabel) {
        return new Autorisatiematrix(tabel);
    }

    /** A persona of the table's header and its bearer token ({@code null}: no Authorization header). */
    public Autorisatiematrix persona(String naam, String token) {
        tokens.put(naam, token);
        return this;
    }

    /** How to call an operation (the same resources for every persona). */
    public Autorisatiematrix verzoek(String operationId, Verzoek verzoek) {
        verzoeken.put(operationId, verzoek);
        return this;
    }

    /** How one persona calls an operation, where it differs (a body naming what that persona may name). */
    public Autorisatiematrix verzoek(String operationId, String persona, Verzoek verzoek) {
        perPersona.computeIfAbsent(operationId, k -> new HashMap<>()).put(persona, verzoek);
        return this;
    }

    public Resultaat run() {
        List<String> regels = regels();
        List<String> kolommen = Arrays.stream(regels.get(0).split(";")).map(String::trim).toList();
        if (!kolommen.get(0).equals("operationId")) {
            throw new IllegalStateException(tabel + ": the header starts with operationId, then the personas");
        }
        List<String> personas = kolommen.subList(1, kolommen.size());
        for (String p : personas) {
            if (!tokens.containsKey(p)) {
                throw new IllegalStateException(tabel + " names persona " + p + ", which the test does not define");
            }
        }
        Map<String, List<String>> verwacht = new LinkedHashMap<>();
        for (String regel : regels.subList(1, regels.size())) {
            List<String> cellen = Arrays.stream(regel.split(";")).map(String::trim).toList();
            if (cellen.size() != kolommen.size()) {
                throw new IllegalStateException(tabel + ": " + regel + " has " + cellen.size() + " cells, not " + kolommen.size());
            }
            verwacht.put(cellen.get(0), cellen.subList(1, cellen.size()));
        }

        List<String> fouten = new ArrayList<>();
        List<Operatie> operaties = OpenApiOperaties.live().operaties();
        Set<String> bekend = new TreeSet<>();
        int aantal = 0;
        for (Operatie op : operaties) {
            bekend.add(op.operationId());
            List<String> rij = verwacht.get(op.operationId());
            if (rij == null) {
                fouten.add(op + " staat niet in " + tabel + ": zet er een regel voor elke persona in");
                continue;
            }
            for (int i = 0; i < personas.size(); i++) {
                String persona = personas.get(i);
                Verzoek v = perPersona.getOrDefault(op.operationId(), Map.of()).getOrDefault(persona,
                        verzoeken.getOrDefault(op.operationId(), Verzoek.leeg()));
                Response antwoord = stuur(op, v, tokens.get(persona));
                aantal++;
                Set<String> toegestaan = Set.of(rij.get(i).split("\\|"));
                String status = Integer.toString(antwoord.statusCode());
                if (!toegestaan.contains(status)) {
                    fouten.add(op + " als " + persona + ": " + status + ", verwacht " + rij.get(i) + " "
                            + kort(antwoord.asString()));
                } else if (antwoord.statusCode() >= 400 && !String.valueOf(antwoord.contentType()).startsWith("application/problem+json")) {
                    fouten.add(op + " als " + persona + ": " + status + " zonder problem JSON");
                }
            }
        }
        for (String id : verwacht.keySet()) {
            if (!bekend.contains(id)) {
                fouten.add(tabel + " noemt " + id + ", maar de OpenAPI kent die operatie niet (meer)");
            }
        }
        return new Resultaat(operaties.size(), personas.size(), aantal, List.copyOf(fouten));
    }

    private static Response stuur(Operatie op, Verzoek v, String token) {
        String pad = op.pad();
        for (Map.Entry<String, String> e : v.pad().entrySet()) {
            pad = pad.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (pad.contains("{")) {
            throw new IllegalStateException(op + ": no value for a path parameter in " + pad);
        }
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        for (Map.Entry<String, String> q : v.query().entrySet()) {
            spec = spec.queryParam(q.getKey(), q.getValue());
        }
        if (v.body() != null) {
            spec = spec.contentType("application/json").body(v.body().get());
        } else if (op.body() != null) {
            spec = spec.contentType("application/json").body("{}");
        }
        return spec.when().request(op.methode(), pad).andReturn();
    }

    private List<String> regels() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(tabel)) {
            if (in == null) {
                throw new IllegalStateException(tabel + " is not on the test classpath");
            }
            List<String> regels = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String regel;
                while ((regel = r.readLine()) != null) {
                    if (!regel.isBlank() && !regel.startsWith("#")) {
                        regels.add(regel);
                    }
                }
            }
            return regels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kort(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
