package nl.wsp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures one benchmark class measured, each beside the baseline measured in the same run and the goal it is held
 * to, written to {@code target/benchmark-figures/<class>.tsv} for the summary {@code ./wsp bench} writes
 * ({@code target/benchmarks.md}, built by {@code wsp-local-infra.jar bench-summary}). The file is the agreement between
 * the two: one figure a line, tab-separated {@code measure, value, unit, baseline, baseline value, goal}; the ratio is
 * value / baseline value; a goal is {@code value <= 250}, {@code ratio >= 0.25} or several joined by {@code " and "}.
 */
public final class BenchmarkFigures {

    private final String benchmark;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkFigures(Class<?> benchmark) {
        this.benchmark = benchmark.getSimpleName();
    }

    /** A figure without a baseline (its goal, if any, on the value alone). */
    public BenchmarkFigures figure(String measure, double value, String unit, String goal) {
        return figure(measure, value, unit, "", Double.NaN, goal);
    }

    public BenchmarkFigures figure(String measure, double value, String unit, String baseline, double baselineValue, String goal) {
        lines.add(String.join("\t", clean(measure), String.format(Locale.ROOT, "%.6g", value), clean(unit), clean(baseline),
                Double.isNaN(baselineValue) ? "" : String.format(Locale.ROOT, "%.6g", baselineValue), goal == null ? "" : clean(goal)));
        return this;
    }

    /** Writes the figures (replacing an earlier run's) and returns the file. */
    public Path write() {
        Path file = Path.of("target", "benchmark-figures", benchmark + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
