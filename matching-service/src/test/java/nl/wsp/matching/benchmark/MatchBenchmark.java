package nl.wsp.matching.benchmark;

import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.doelstelling.Doelstellingsachterstand;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.HardeFilters;
import nl.wsp.matching.matchen.Kandidaatprofielen;
import nl.wsp.matching.matchen.Voorselectie;
import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import nl.wsp.matching.vacature.Vacatures;
import nl.wsp.testsupport.BenchmarkFigures;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching at scale: 100,000 and then 1,000,000 generated candidates (skewed ESCO occupations with their essential
 * and optional skills, target groups, hours, mobility, residence in the regions' municipalities) COPYed straight
 * into the tables, three open vacancies (a very common, a common and a rare occupation), and per size the p50/p95/p99
 * of the HTTP match call (top 50) beside the bare SQL top-50 pre-selection query over the same tables.
 * Writes target/benchmark-matching.md.
 *
 * <pre>./wsp bench matching -Dtest=MatchBenchmark</pre>
 * {@code -Dwsp.bench.groottes=100000} for a shorter run; {@code -Dwsp.bench.metingen=200} calls per path and size.
 */
@QuarkusTest
@Tag("benchmark")
class MatchBenchmark {

    static final int METINGEN = Integer.getInteger("wsp.bench.metingen", 200);
    /**
     * Calls before measuring, per size: a service runs long, so the benchmark measures it warm. Latency still fell
     * for some hundred calls after a 1M load (JIT compilation of the hot paths, PostgreSQL's caches on the new rows).
     */
    static final int OPWARMEN = 300;

    @Inject
    AgroalDataSource db;

    @Inject
    Voorselectie voorselectie;

    @Inject
    Vacatures vacatures;

    @Inject
    Doelstellingsachterstand doelstellingen;

    @Inject
    Kandidaatprofielen kandidaatprofielen;

    @Inject
    EscoCatalogus esco;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @TestHTTPResource("/api/v1/vacatures")
    URL url;

    /** Per vacancy, the token of an adviser of its account manager's partner. */
    private Map<UUID, String> tokens;

    @Test
    void matchen_bij_100k_en_1m_kandidaten() throws Exception {
        List<Integer> groottes = Arrays.stream(System.getProperty("wsp.bench.groottes", "100000,1000000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Kandidaatgenerator generator = new Kandidaatgenerator(db, 2026);
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> partners = List.of("gemeente-amersfoort-" + run, "uwv-amersfoort-" + run, "gemeente-hilversum-" + run,
                "gemeente-roermond-" + run, "gemeente-weert-" + run, "gemeente-tilburg-" + run, "uwv-tilburg-" + run,
                "gemeente-dongen-" + run);
        // each partner in its real labour-market region, as account-service's partner events would have stored it
        List<String> regios = List.of("Amersfoort", "Amersfoort", "Gooi en Vechtstreek", "Midden-Limburg", "Midden-Limburg",
                "Midden-Brabant", "Midden-Brabant", "Midden-Brabant");
        for (int i = 0; i < partners.size(); i++) {
            TestPartners.bekend(em, partners.get(i), regios.get(i));
        }
        List<UUID> vacatureIds = List.of(
                generator.openVacature(generator.beroepen.get(0), "Amersfoort", "Amersfoort", partners.get(0)),
                generator.openVacature(generator.beroepen.get(25), "Tilburg", "Midden-Brabant", partners.get(5)),
                generator.openVacature(generator.beroepen.get(800), "Roermond", "Midden-Limburg", partners.get(3)));
        List<Vacatureprofiel> profielen = vacatureIds.stream().map(id -> vacatures.open(id).orElseThrow().profiel()).toList();

        HttpClient http = HttpClient.newHttpClient();
        // every vacancy matched by an adviser of its own account manager's partner: another region's vacancy is a 404
        tokens = Map.of(vacatureIds.get(0), TestBellers.adviseur(partners.get(0)),
                vacatureIds.get(1), TestBellers.adviseur(partners.get(5)), vacatureIds.get(2), TestBellers.adviseur(partners.get(3)));
        StringBuilder tabel = new StringBuilder("""
                | candidates | path | calls | p50 ms | p95 ms | p99 ms |
                |---:|---|---:|---:|---:|---:|
                """);
        StringBuilder details = new StringBuilder();
        int geladen = 0;
        BenchmarkFigures figures = new BenchmarkFigures(MatchBenchmark.class);
        for (int grootte : groottes) {
            double seconden = generator.genereer(grootte - geladen, partners);
            geladen = grootte;
            details.append(String.format(Locale.ROOT, "- %,d candidates: generated and COPYed (with their projection rows, ANALYZE) in %.1f s this step%n",
                    grootte, seconden));
            for (UUID id : vacatureIds) {
                HttpResponse<String> r = http.send(verzoek(id), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                details.append(String.format(Locale.ROOT, "  - vacancy %s: %s%n", id,
                        r.body().replaceAll(".*\"beoordeeld\":(\\d+).*\"afgevallen\":(\\d+).*", "candidates read $1, refused by a hard filter $2")
                                .replaceAll("(?s)^\\{.*", "")));
                details.append(String.format(Locale.ROOT, "    pre-selected (SQL, related and passing hours/licence/mobility): %,d%n",
                        voorgeselecteerd(profielen.get(vacatureIds.indexOf(id)))));
            }
            if (grootte == groottes.get(groottes.size() - 1)) {
                details.append("\nPlan of the bare SQL top-50 for the most common occupation at ").append(String.format(Locale.ROOT, "%,d", grootte))
                        .append(", first phase (related, every required skill):\n\n```\n")
                        .append(voorselectie.plan(profielen.get(0), Voorselectie.Fase.VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN, 50))
                        .append("```\n\nand of the baseline (every related candidate in one query):\n\n```\n")
                        .append(voorselectie.plan(profielen.get(0), Voorselectie.Fase.ALLE_VERWANTEN, 50)).append("```\n\n")
                        .append("and of the rare occupation's skill-only phase:\n\n```\n")
                        .append(voorselectie.plan(profielen.get(2), Voorselectie.Fase.ALLEEN_VAARDIGHEDEN, 5_000)).append("```\n\n");
            }
            long[] httpMs = new long[METINGEN];
            long[] sqlMs = new long[METINGEN];
            List<List<Long>> perVacature = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = -OPWARMEN; i < METINGEN; i++) {
                UUID id = vacatureIds.get(Math.floorMod(i, vacatureIds.size()));
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(verzoek(id), HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                assertThat(r.statusCode()).isEqualTo(200);
                if (i >= 0) {
                    httpMs[i] = t1 - t0;
                    perVacature.get(Math.floorMod(i, vacatureIds.size())).add(t1 - t0);
                }
            }
            for (int i = -OPWARMEN; i < METINGEN; i++) {
                Vacatureprofiel v = profielen.get(Math.floorMod(i, profielen.size()));
                long t0 = System.nanoTime();
                List<Voorselectie.Kandidaatscore> top = voorselectie.kandidaten(v, null, Voorselectie.Fase.ALLE_VERWANTEN, null, 50);
                long t1 = System.nanoTime();
                assertThat(top).isNotEmpty();
                if (i >= 0) {
                    sqlMs[i] = t1 - t0;
                }
            }
            details.append(fasen(grootte, vacatureIds, profielen, http, httpMs));
            for (int n = 0; n < vacatureIds.size(); n++) {
                long[] ms = perVacature.get(n).stream().mapToLong(Long::longValue).sorted().toArray();
                details.append(String.format(Locale.ROOT, "  - %,d candidates, HTTP, vacancy %s: p50 %.1f ms, p95 %.1f ms%n",
                        grootte, vacatureIds.get(n), pct(ms, 50), pct(ms, 95)));
            }
            tabel.append(regel(grootte, "HTTP `GET /api/v1/vacatures/{id}/matches?limiet=50` (pre-selection, scoring, priority rules, audit)", httpMs));
            long[] h = httpMs.clone();
            long[] q = sqlMs.clone();
            Arrays.sort(h);
            Arrays.sort(q);
            for (int p : new int[]{50, 95, 99}) {
                // issue 19: at 100,000 p50 ≤ 5 ms; at 1,000,000 p95 ≤ 20 ms and p99 ≤ 30 ms
                String doel = grootte == 100_000 && p == 50 ? "value <= 5"
                        : grootte == 1_000_000 && p == 95 ? "value <= 20" : grootte == 1_000_000 && p == 99 ? "value <= 30" : "";
                figures.figure(String.format(Locale.ROOT, "%,d candidates: HTTP match top 50, p%d", grootte, p), pct(h, p), "ms",
                        "bare SQL top-50 p" + p, pct(q, p), doel);
            }
            tabel.append(regel(grootte, "bare SQL top-50 over `kandidaat_match`: every related candidate passing hours, licence and mobility, ordered by suitability", sqlMs));
        }
        String uitvoer = "# Matching benchmark\n\n" + tabel + "\n" + details
                + String.format(Locale.ROOT, "%nProcessors: %d; load average at the end: %s%n",
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-matching.md"), uitvoer);
        figures.write();
        System.out.println(uitvoer);
    }

    static final String[] FASEN = {"open vacancy read (`Vacatures.open`, done twice per call: resource and use case)",
            "pre-selection SQL top 50 (one query, every related candidate)", "partners' lag behind target (`achterstandDitJaar`)",
            "50 full profiles read and parsed (`Kandidaatprofielen.van`)", "hard filters + explained suitability of 50 (`Geschiktheid.score`)",
            "audit write of 50 rows and its commit (the processing log's row per candidate)", "JSON of the answer (Jackson, the answer's tree written)"};

    /**
     * Where one match call's time goes: each phase of {@code MatchVacature.match} timed on its own, in turn over the three
     * vacancies, beside the HTTP call measured just before. What the phases do not add up to is the HTTP frame (token,
     * filters, the transaction, the client).
     */
    private String fasen(int grootte, List<UUID> ids, List<Vacatureprofiel> profielen, HttpClient http, long[] httpNs)
            throws Exception {
        int metingen = 100;
        long[][] t = new long[FASEN.length][metingen];
        List<List<UUID>> top = new ArrayList<>();
        for (Vacatureprofiel v : profielen) {
            top.add(voorselectie.kandidaten(v, null, Voorselectie.Fase.ALLE_VERWANTEN, null, 50).stream()
                    .map(Voorselectie.Kandidaatscore::id).toList());
        }
        Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        int bytes = 0;
        for (int i = -50; i < metingen; i++) {
            int x = Math.floorMod(i, ids.size());
            Vacatureprofiel v = profielen.get(x);
            long[] op = new long[FASEN.length + 1];
            op[0] = System.nanoTime();
            vacatures.open(ids.get(x)).orElseThrow();
            op[1] = System.nanoTime();
            voorselectie.kandidaten(v, null, Voorselectie.Fase.ALLE_VERWANTEN, null, 50);
            op[2] = System.nanoTime();
            doelstellingen.achterstandDitJaar();
            op[3] = System.nanoTime();
            List<Kandidaatprofiel> gelezen = kandidaatprofielen.van(top.get(x));
            op[4] = System.nanoTime();
            for (Kandidaatprofiel k : gelezen) {
                HardeFilters.afwijzing(v, k, false);
                geschiktheid.score(v, k);
            }
            op[5] = System.nanoTime();
            audit(top.get(x));
            op[6] = System.nanoTime();
            HttpResponse<String> r = http.send(verzoek(ids.get(x)), HttpResponse.BodyHandlers.ofString());
            JsonNode antwoord = json.readTree(r.body());
            long voor = System.nanoTime();
            bytes = json.writeValueAsString(antwoord).length();
            op[7] = System.nanoTime() - voor + op[6];
            if (i >= 0) {
                for (int f = 0; f < FASEN.length; f++) {
                    t[f][i] = op[f + 1] - op[f];
                }
            }
        }
        long[] h = httpNs.clone();
        Arrays.sort(h);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%n  Where a call's time goes at %,d candidates (each phase alone, %d rounds; answer %,d bytes of JSON):%n%n"
                        + "  | phase | p50 ms | mean ms |%n  |---|---:|---:|%n", grootte, metingen, bytes));
        double som = 0;
        for (int f = 0; f < FASEN.length; f++) {
            long[] sorted = t[f].clone();
            Arrays.sort(sorted);
            double gemiddeld = Arrays.stream(sorted).average().orElse(0) / 1e6;
            som += f == 0 ? 2 * pct(sorted, 50) : pct(sorted, 50);
            s.append(String.format(Locale.ROOT, "  | %s | %.2f | %.2f |%n", FASEN[f], pct(sorted, 50), gemiddeld));
        }
        s.append(String.format(Locale.ROOT, "  | sum of the phases' p50 (the vacancy read twice) | %.2f | |%n", som));
        s.append(String.format(Locale.ROOT, "  | HTTP call p50 (measured above) | %.2f | |%n", pct(h, 50)));
        s.append(String.format(Locale.ROOT, "  | rest: HTTP, token, filters, transaction, client | %.2f | |%n%n", pct(h, 50) - som));
        return s.toString();
    }

    private void audit(List<UUID> kandidaten) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO verwerkingslogboek (trace_id, span_id, handeling, status, begintijd, eindtijd, dienst,
                                                activiteit, activiteit_id, activiteit_naam, doel, grondslag, betrokkene,
                                                betrokkene_type, wie, rol, partner)
                SELECT md5(k::text), substr(md5(k::text), 1, 16), 'gematcht', 'OK', now(), now(), 'matching-service',
                       'bemiddeling', 'benchmark', 'benchmark', 'benchmark', 'benchmark', k, 'benchmark', 'benchmark',
                       'adviseur', 'benchmark'
                FROM unnest(?) AS k""")) {
            s.setArray(1, c.createArrayOf("uuid", kandidaten.toArray()));
            s.executeUpdate();
        }
    }

    private long voorgeselecteerd(Vacatureprofiel v) {
        return voorselectie.fasen(v).stream()
                .mapToInt(fase -> voorselectie.kandidaten(v, null, fase, null, Integer.MAX_VALUE).size()).sum();
    }

    private HttpRequest verzoek(UUID vacature) {
        return HttpRequest.newBuilder(URI.create(url + "/" + vacature + "/matches?limiet=50"))
                .header("Authorization", "Bearer " + tokens.get(vacature)).GET().build();
    }

    private static String regel(int grootte, String pad, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "| %,d | %s | %d | %.1f | %.1f | %.1f |%n", grootte, pad, s.length,
                pct(s, 50), pct(s, 95), pct(s, 99));
    }

    private static double pct(long[] gesorteerd, int p) {
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, i))] / 1e6;
    }
}
