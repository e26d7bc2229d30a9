package nl.wsp.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./wsp bench} fails loudly when a benchmark class ran no test (the old form ran 0 tests and reported success),
 * and its summary puts every figure beside its baseline, ratio and goal.
 */
class BenchmarkSummaryTest {

    private static final String BENCHMARK = """
            package nl.wsp.x.benchmark;
            @QuarkusTest
            @Tag("benchmark")
            class %s {
            }
            """;

    @Test
    void aBenchmarkClassWithoutAReportFromThisRunFailsTheRun(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        long since = System.currentTimeMillis();
        Path report = report(root, "x-service", "nl.wsp.x.benchmark.ZoekBenchmark", 1, 0);
        Files.setLastModifiedTime(report, FileTime.fromMillis(since - 60_000)); // an earlier run's report

        List<String> problems = check(root, since, "x-service");

        assertEquals(List.of("ZoekBenchmark (x-service) did not run: no surefire report from this run"), problems);
    }

    @Test
    void aBenchmarkClassThatRanNoTestFailsTheRun(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        report(root, "x-service", "nl.wsp.x.benchmark.ZoekBenchmark", 0, 0);

        assertEquals(List.of("ZoekBenchmark (x-service) ran no test"), check(root, 0, "x-service"));
    }

    @Test
    void aBenchmarkWhoseOnlyTestWasSkippedRanNoTest(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        report(root, "x-service", "nl.wsp.x.benchmark.ZoekBenchmark", 1, 1);

        assertEquals(List.of("ZoekBenchmark (x-service) ran no test"), check(root, 0, "x-service"));
    }

    @Test
    void aBenchmarkThatRanButWroteNoFiguresFailsTheRun(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        report(root, "x-service", "nl.wsp.x.benchmark.ZoekBenchmark", 1, 0);

        assertEquals(List.of("ZoekBenchmark (x-service) wrote no figures"), check(root, 0, "x-service"));
    }

    @Test
    void aBenchmarkThatRanAndWroteFiguresPassesAndOnlyTaggedClassesCount(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        Path gewoon = root.resolve("x-service/src/test/java/nl/wsp/x/ZoekTest.java");
        Files.writeString(gewoon, "package nl.wsp.x;\nclass ZoekTest {}\n");
        report(root, "x-service", "nl.wsp.x.benchmark.ZoekBenchmark", 1, 0);
        figures(root, "x-service", "ZoekBenchmark", "zoeken p95\t12.5\tms\tbare SQL p95\t2.5\tvalue <= 20");

        List<BenchmarkSummary.Figure> figures = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BenchmarkSummary.check(root, BenchmarkSummary.find(root, List.of("x-service"), Set.of()), 0, problems, figures);

        assertEquals(List.of(), problems);
        assertEquals(1, figures.size());
        assertEquals(Optional.of(5.0), figures.get(0).ratio());
    }

    @Test
    void onlyTheNamedBenchmarksAreExpectedWhenTheRunNamesSome(@TempDir Path root) throws Exception {
        benchmark(root, "x-service", "ZoekBenchmark");
        benchmark(root, "x-service", "IntakeBenchmark");

        List<BenchmarkSummary.Benchmark> found = BenchmarkSummary.find(root, List.of("x-service"), Set.of("IntakeBenchmark"));

        assertEquals(List.of(new BenchmarkSummary.Benchmark("x-service", "nl.wsp.x.benchmark.IntakeBenchmark")), found);
    }

    @Test
    void aRunOverModulesWithoutBenchmarksFails(@TempDir Path root) {
        assertEquals(List.of("no benchmark class found in the modules run"), check(root, 0, "x-service"));
    }

    @Test
    void aGoalOnTheRatioIsJudgedAgainstTheBaselineOfTheSameRun() {
        BenchmarkSummary.Figure helft = figure(8_000, "/s", 20_000.0, "ratio >= 0.5");
        BenchmarkSummary.Figure ruim = figure(8_000, "/s", 20_000.0, "ratio >= 0.25");

        assertEquals(Optional.of(false), BenchmarkSummary.met(helft));
        assertEquals(Optional.of(true), BenchmarkSummary.met(ruim));
    }

    @Test
    void everyPartOfAGoalMustBeMet() {
        BenchmarkSummary.Figure snelGenoegMaarTeTraag = figure(25_000, "/s", 60_000.0, "value >= 20000 and ratio >= 0.5");

        assertEquals(Optional.of(false), BenchmarkSummary.met(snelGenoegMaarTeTraag));
    }

    @Test
    void aFigureWithoutGoalIsNeitherMetNorMissed() {
        assertEquals(Optional.empty(), BenchmarkSummary.met(figure(3, "ms", null, "")));
    }

    @Test
    void theSummaryShowsEachFigureBesideItsBaselineRatioAndGoalAndTheRunsFacts() {
        String text = BenchmarkSummary.render("2026-12-01T16:00Z", "./wsp bench matching", "abc1234",
                "load average: 3.1, 2.0, 1.5", List.of(
                        new BenchmarkSummary.Figure("IntakeBenchmark", "HTTP intake", 11_505, "/s", "raw COPY", 36_193.0,
                                "value >= 20000 and ratio >= 0.5"),
                        new BenchmarkSummary.Figure("MatchBenchmark", "HTTP p95 at 1,000,000", 36.9, "ms", "bare SQL p95",
                                12.3, "value <= 20")), List.of());

        assertTrue(text.contains("- command: `./wsp bench matching`"), text);
        assertTrue(text.contains("- git commit: abc1234"), text);
        assertTrue(text.contains("- load (`uptime`): load average: 3.1, 2.0, 1.5"), text);
        assertTrue(text.contains("| IntakeBenchmark | HTTP intake | 11,505/s | raw COPY: 36,193/s | 31.8 % | ≥ 20,000/s, ≥ 50.0 % of baseline | **no** |"), text);
        assertTrue(text.contains("| MatchBenchmark | HTTP p95 at 1,000,000 | 36.9 ms | bare SQL p95: 12.3 ms | 3.00× | ≤ 20.0 ms | **no** |"), text);
    }

    @Test
    void aFailedRunSaysWhichBenchmarkDidNotRun() {
        String text = BenchmarkSummary.render("2026-12-01T16:00Z", "./wsp bench", "", "", List.of(),
                List.of("MatchBenchmark (matching-service) ran no test"));

        assertTrue(text.contains("**FAILED**:\n\n- MatchBenchmark (matching-service) ran no test"), text);
    }

    private static BenchmarkSummary.Figure figure(double value, String unit, Double baseline, String goal) {
        return new BenchmarkSummary.Figure("B", "m", value, unit, "baseline", baseline, goal);
    }

    private static List<String> check(Path root, long since, String module) {
        List<String> problems = new ArrayList<>();
        BenchmarkSummary.check(root, BenchmarkSummary.find(root, List.of(module), Set.of()), since, problems, new ArrayList<>());
        return problems;
    }

    private static void benchmark(Path root, String module, String name) throws IOException {
        Path file = root.resolve(module).resolve("src/test/java/nl/wsp/x/benchmark/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, BENCHMARK.formatted(name));
    }

    private static Path report(Path root, String module, String className, int tests, int skipped) throws IOException {
        Path file = root.resolve(module).resolve("target/surefire-reports/TEST-" + className + ".xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="%s" time="1.0" tests="%d" errors="0" skipped="%d" failures="0"></testsuite>
                """.formatted(className, tests, skipped));
        return file;
    }

    private static void figures(Path root, String module, String benchmark, String... lines) throws IOException {
        Path file = root.resolve(module).resolve("target/benchmark-figures/" + benchmark + ".tsv");
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
    }
}
