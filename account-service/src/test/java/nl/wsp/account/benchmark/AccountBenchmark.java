package nl.wsp.account.benchmark;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.BenchmarkFigures;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.account.contactverzoek.BewaakReactietermijn;
import nl.wsp.account.Testdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's scale (~10,000 employers): how fast is the forgiving name search over HTTP, and how long does the 24-hour
 * watcher take when 10,000 contact requests fall due at one instant (flag + outbox row, in batches)?
 * <pre>./wsp bench account -Dtest=AccountBenchmark</pre>
 */
@QuarkusTest
@Tag("benchmark")
class AccountBenchmark {

    static final int AANTAL = Integer.getInteger("wsp.benchmark.aantal", 10_000);
    static final String[] SOORT = {"Bouwbedrijf", "Installatietechniek", "Bakkerij", "Transport", "Zorggroep", "Hotel",
            "Schoonmaakbedrijf", "Drukkerij", "Autobedrijf", "Tuincentrum", "Metaalbewerking", "Kinderopvang"};
    static final String[] NAAM = {"Van den Berg", "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer",
            "Mulder", "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra",
            "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "Van Dijk", "Hoekstra", "Koster", "Prins", "Blom", "Huisman"};

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    @Inject
    BewaakReactietermijn bewaking;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    @Test
    void tienduizend_werkgevers_zoeken_en_tienduizend_verzoeken_tegelijk_over_de_termijn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO werkgever (id, kvk_nummer, naam, vestigingsgemeente, regio, sector, aantal_werknemers,
                            key_account, smaakmaker, geregistreerd_op, versie)
                        SELECT gen_random_uuid(), lpad((abs(hashtextextended(?1 || g, 0)) % 100000000)::text, 8, '0'),
                            split_part(?2, ',', 1 + g % 12) || ' ' || split_part(?3, ',', 1 + (g / 12) % 30) || ' ' || g,
                            'Amersfoort', 'Amersfoort', 'bouw', 5 + g % 300, false, false, now(), 0
                        FROM generate_series(1, ?4) AS g
                        ON CONFLICT (kvk_nummer) DO NOTHING""")
                .setParameter(1, run).setParameter(2, String.join(",", SOORT)).setParameter(3, String.join(",", NAAM)).setParameter(4, AANTAL).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE werkgever").executeUpdate());

        // forgiving name search: a typo, no accents, lower case; over HTTP with an adviser's token
        String token = Testdata.adviseur().token(); // a registered adviser of region Amersfoort (an unknown one is 403)
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String zoek = (SOORT[i % 12].substring(0, SOORT[i % 12].length() - 1) + " " + NAAM[i % 30]).toLowerCase();
            long t0 = System.nanoTime();
            given().auth().oauth2(token).get("/api/v1/werkgevers?limiet=20&naam=" + zoek).then().statusCode(200);
            micros.add((System.nanoTime() - t0) / 1000);
        }
        List<Long> meting = new ArrayList<>(micros.subList(50, micros.size())); // the first 50 warm up
        Collections.sort(meting);
        double p50 = meting.get(meting.size() / 2) / 1000.0;
        double p95 = meting.get((int) (meting.size() * 0.95)) / 1000.0;

        // 10,000 contact requests with the same deadline
        Instant deadline = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO contactverzoek (id, werkgever_id, onderwerp, ontvangen_op, reactie_uiterlijk, regio)
                        SELECT gen_random_uuid(), w.id, 'Benchmark', ?1, ?2, 'Amersfoort'
                        FROM (SELECT id FROM werkgever ORDER BY id LIMIT ?3) w""")
                .setParameter(1, deadline.minus(Duration.ofHours(24)).atOffset(ZoneOffset.UTC))
                .setParameter(2, deadline.atOffset(ZoneOffset.UTC))
                .setParameter(3, AANTAL)
                .executeUpdate());
        klok.zetOp(deadline);
        long start = System.nanoTime();
        int gemarkeerd = 0;
        int n;
        while ((n = bewaking.controleer()) > 0) {
            gemarkeerd += n;
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        assertThat(gemarkeerd).isGreaterThanOrEqualTo(Math.min(AANTAL, 1));

        String tabel = """
                ## account-service: a region's scale

                | measure | result |
                |---|---:|
                | forgiving name search (typo, lower case) over %,d employers, HTTP round trip, 250 queries: p50 | %.1f ms |
                | … p95 | %.1f ms |
                | %,d contact requests due at one instant: flagged + `termijn-verstreken` in the outbox (batches of 200) | %.2f s (%,.0f /s) |

                Machine: %d cores, Java %s. Command: `./wsp bench account -Dtest=AccountBenchmark`
                """.formatted(AANTAL, p50, p95, gemarkeerd, seconden, gemarkeerd / seconden,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println(tabel);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-account.md"), tabel);
        new BenchmarkFigures(AccountBenchmark.class)
                .figure("forgiving name search over %,d employers, HTTP, p50".formatted(AANTAL), p50, "ms", "")
                .figure("forgiving name search over %,d employers, HTTP, p95".formatted(AANTAL), p95, "ms", "")
                .figure("%,d contact requests due at one instant, flagged + outbox".formatted(gemarkeerd), gemarkeerd / seconden, "/s", "")
                .write();
    }
}
