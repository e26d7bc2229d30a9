package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads manifests: YAML files (several documents each, a duplicate key is an error) and the output of
 * {@code kubectl kustomize} for an overlay, when kubectl is on the PATH.
 */
final class Manifests {

    static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .build();
    /** Read or rendered once per test run; the trees are shared, so nobody changes them. */
    private static final ConcurrentHashMap<String, List<Manifest>> CACHE = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** Every document of a YAML file; empty documents (a lone {@code ---}) are skipped. */
    static List<Manifest> read(Path file) {
        return parse(Repository.read(file), Repository.root().relativize(file.toAbsolutePath()).toString());
    }

    static List<Manifest> parse(String yaml, String source) {
        List<Manifest> out = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            int i = 0;
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                i++;
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    out.add(new Manifest(source + "#" + i, doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The resources files of the base and the partner templates: every YAML document that is a Kubernetes object. */
    static List<Manifest> resourceFiles() {
        return CACHE.computeIfAbsent("(files)", k -> List.copyOf(readResourceFiles()));
    }

    private static List<Manifest> readResourceFiles() {
        List<Manifest> out = new ArrayList<>();
        for (Path dir : List.of(Repository.base(), Repository.kubernetes().resolve("partners"))) {
            for (Path f : Repository.files(dir, ".yaml")) {
                if (!f.getFileName().toString().equals("kustomization.yaml")) {
                    out.addAll(read(f));
                }
            }
        }
        return out;
    }

    /** The kubectl (or kustomize) binary, if this machine has one. */
    static Optional<List<String>> kustomizeCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Optional.of(List.of(Path.of(dir, "kubectl").toString(), "kustomize"));
            }
            if (Files.isExecutable(Path.of(dir, "kustomize"))) {
                return Optional.of(List.of(Path.of(dir, "kustomize").toString(), "build"));
            }
        }
        return Optional.empty();
    }

    /** The overlay as kubectl would apply it ({@code kubectl kustomize overlays/<name>}). */
    static List<Manifest> rendered(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> List.copyOf(render(o)));
    }

    private static List<Manifest> render(String overlay) {
        List<String> cmd = new ArrayList<>(kustomizeCommand().orElseThrow());
        cmd.add(Repository.overlay(overlay).toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kustomize of overlays/" + overlay + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return parse(new String(out, StandardCharsets.UTF_8), "overlays/" + overlay + " (rendered)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
