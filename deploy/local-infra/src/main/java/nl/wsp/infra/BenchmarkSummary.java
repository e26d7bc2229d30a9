package nl.wsp.infra;

import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one summary of a {@code ./wsp bench} run, and the check that makes it fail loudly: every benchmark class of the
 * modules run (a test class tagged {@code benchmark}) must have a surefire report written in this run with at least one
 * test run, none failed, and figures written ({@code target/benchmark-figures/<class>.tsv}, see the test-support class
 * {@code BenchmarkFigures}). Writes {@code target/benchmarks.md}: each figure beside its baseline, ratio and goal, with
 * the date, command, machine load and git commit; exits 1 when a benchmark did not run.
 *
 * <pre>
 *   java -jar wsp-local-infra.jar bench-summary --root . --modules matching-service,vacancy-service [--test MatchBenchmark]
 *        --since EPOCH_MILLIS --command "./wsp bench matching" --commit abc1234 --load "0.4 1.7 3.0 (start) …"
 *        [--out target/benchmarks.md]
 * </pre>
 */
public final class BenchmarkSummary {

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"benchmark\"\\)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern GOAL = Pattern.compile("\\s*(value|ratio)\\s*(<=|>=)\\s*([0-9.eE+-]+)\\s*");

    /** A benchmark class found in a module's test sources. */
    record Benchmark(String module, String className) {
        String simpleName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** What surefire says of one test class. */
    record Report(int tests, int failures, int errors, int skipped) {
        int ran() {
            return tests - skipped;
        }
    }

    record Figure(String benchmark, String measure, double value, String unit, String baseline, Double baselineValue, String goal) {
        Optional<Double> ratio() {
            return baselineValue == null || baselineValue == 0 ? Optional.empty() : Optional.of(value / baselineValue);
        }
    }

    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        List<String> modules = List.of();
        Set<String> only = Set.of();
        long since = 0;
        String command = "./wsp bench";
        String commit = "";
        String load = "";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--modules" -> modules = List.of(args[++i].split(","));
                case "--test" -> only = Set.of(args[++i].split(","));
                case "--since" -> since = Long.parseLong(args[++i]);
                case "--command" -> command = args[++i];
                case "--commit" -> commit = args[++i];
                case "--load" -> load = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            out = root.resolve("target").resolve("benchmarks.md");
        }
        List<Benchmark> benchmarks = find(root, modules, only);
        List<String> problems = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        check(root, benchmarks, since, problems, figures);
        String text = render(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString(), command, commit,
                load, figures, problems);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text);
        System.out.println(text);
        if (!problems.isEmpty()) {
            System.err.println("BENCHMARKS FAILED: " + String.join("; ", problems));
            System.exit(1);
        }
    }

    /** The benchmark classes of the modules (their test sources hold {@code @Tag("benchmark")}), optionally only those named. */
    static List<Benchmark> find(Path root, List<String> modules, Set<String> only) {
        List<Benchmark> found = new ArrayList<>();
        for (String module : modules) {
            Path sources = root.resolve(module).resolve("src/test/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    if (!TAG.matcher(source).find()) {
                        continue;
                    }
                    Matcher p = PACKAGE.matcher(source);
                    String name = file.getFileName().toString().replace(".java", "");
                    Benchmark b = new Benchmark(module, (p.find() ? p.group(1) + "." : "") + name);
                    if (only.isEmpty() || only.contains(b.simpleName()) || only.contains(b.className())) {
                        found.add(b);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** Adds a problem for every benchmark that did not run, failed or measured nothing in this run; collects the figures. */
    static void check(Path root, List<Benchmark> benchmarks, long since, List<String> problems, List<Figure> figures) {
        if (benchmarks.isEmpty()) {
            problems.add("no benchmark class found in the modules run");
        }
        for (Benchmark b : benchmarks) {
            Path target = root.resolve(b.module()).resolve("target");
            Path report = target.resolve("surefire-reports").resolve("TEST-" + b.className() + ".xml");
            Optional<Report> r = fresh(report, since) ? Optional.of(report(report)) : Optional.empty();
            if (r.isEmpty()) {
                problems.add(b.simpleName() + " (" + b.module() + ") did not run: no surefire report from this run");
                continue;
            }
            if (r.get().ran() == 0) {
                problems.add(b.simpleName() + " (" + b.module() + ") ran no test");
                continue;
            }
            if (r.get().failures() + r.get().errors() > 0) {
                problems.add(b.simpleName() + " (" + b.module() + ") failed: " + r.get().failures() + " failures, "
                        + r.get().errors() + " errors");
            }
            Path tsv = target.resolve("benchmark-figures").resolve(b.simpleName() + ".tsv");
            List<Figure> own = fresh(tsv, since) ? figures(b.simpleName(), read(tsv)) : List.of();
            if (own.isEmpty() && r.get().failures() + r.get().errors() == 0) {
                problems.add(b.simpleName() + " (" + b.module() + ") wrote no figures");
            }
            figures.addAll(own);
        }
    }

    private static boolean fresh(Path file, long since) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() >= since;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report report(Path xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element suite = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
            return new Report(number(suite, "tests"), number(suite, "failures"), number(suite, "errors"), number(suite, "skipped"));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable surefire report " + xml + ": " + e.getMessage(), e);
        }
    }

    private static int number(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isBlank() ? 0 : Integer.parseInt(v.trim());
    }

    static List<Figure> figures(String benchmark, List<String> lines) {
        List<Figure> figures = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                throw new IllegalArgumentException(benchmark + ": a figure needs 6 tab-separated fields: " + line);
            }
            figures.add(new Figure(benchmark, f[0], Double.parseDouble(f[1]), f[2], f[3],
                    f[4].isBlank() ? null : Double.parseDouble(f[4]), f[5]));
        }
        return figures;
    }

    /** Whether the figure meets its goal; empty when it has none (or a ratio goal without a baseline). */
    static Optional<Boolean> met(Figure f) {
        if (f.goal().isBlank()) {
            return Optional.empty();
        }
        boolean met = true;
        for (String part : f.goal().split(" and ")) {
            Matcher m = GOAL.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(f.benchmark() + ": unreadable goal '" + part + "'");
            }
            Optional<Double> x = m.group(1).equals("value") ? Optional.of(f.value()) : f.ratio();
            if (x.isEmpty()) {
                return Optional.empty();
            }
            double limit = Double.parseDouble(m.group(3));
            met &= m.group(2).equals("<=") ? x.get() <= limit : x.get() >= limit;
        }
        return Optional.of(met);
    }

    static String render(String date, String command, String commit, String load, List<Figure> figures, List<String> problems) {
        StringBuilder s = new StringBuilder("# Benchmarks\n\n");
        s.append("- date: ").append(date).append('\n');
        s.append("- command: `").append(command).append("`\n");
        s.append("- git commit: ").append(commit.isBlank() ? "unknown" : commit).append('\n');
        s.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors, Java ")
                .append(System.getProperty("java.version")).append('\n');
        s.append("- load (`uptime`): ").append(load.isBlank() ? "not given" : load).append("\n\n");
        if (!problems.isEmpty()) {
            s.append("**FAILED**:\n\n");
            problems.forEach(p -> s.append("- ").append(p).append('\n'));
            s.append('\n');
        }
        s.append("| benchmark | measure | value | baseline (same run) | ratio | goal | met |\n");
        s.append("|---|---|---:|---|---:|---|---|\n");
        for (Figure f : figures) {
            s.append("| ").append(f.benchmark()).append(" | ").append(f.measure()).append(" | ")
                    .append(amount(f.value(), f.unit())).append(" | ")
                    .append(f.baselineValue() == null ? "" : f.baseline() + ": " + amount(f.baselineValue(), f.unit())).append(" | ")
                    .append(f.ratio().map(r -> ratio(r, f.unit())).orElse("")).append(" | ")
                    .append(goal(f)).append(" | ")
                    .append(met(f).map(m -> m ? "yes" : "**no**").orElse("")).append(" |\n");
        }
        return s.toString();
    }

    private static String amount(double value, String unit) {
        String number = Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
        return unit.startsWith("/") ? number + unit : number + " " + unit;
    }

    /** Rates as a percentage of their baseline; times as a multiple of theirs. */
    private static String ratio(double r, String unit) {
        return unit.endsWith("/s") ? String.format(Locale.ROOT, "%.1f %%", 100 * r) : String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String goal(Figure f) {
        if (f.goal().isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : f.goal().split(" and ")) {
            Matcher m = GOAL.matcher(part);
            if (!m.matches()) {
                return f.goal();
            }
            String op = m.group(2).equals("<=") ? "≤ " : "≥ ";
            double limit = Double.parseDouble(m.group(3));
            parts.add(m.group(1).equals("value") ? op + amount(limit, f.unit())
                    : op + ratio(limit, f.unit()) + " of baseline");
        }
        return String.join(", ", parts);
    }
}
