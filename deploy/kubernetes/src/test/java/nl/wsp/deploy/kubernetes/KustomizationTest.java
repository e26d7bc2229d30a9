package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kustomize files hold together without a Kustomize engine: only known fields, every file they name exists, and
 * every patch of an overlay targets a resource of the base and is itself valid for that resource's kind.
 */
class KustomizationTest {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images", "labels",
            "configMapGenerator", "components", "namePrefix", "nameSuffix", "replicas", "generatorOptions");

    static List<String> overlays() {
        return Repository.overlays();
    }

    @Test
    void everyKustomizationUsesKnownFieldsAndNamesFilesThatExist() {
        List<Path> files = Repository.files(Repository.kubernetes(), "kustomization.yaml").stream()
                .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/")).toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            JsonNode k = Manifests.read(file).get(0).node();
            Path dir = file.getParent();
            assertThat(k.path("apiVersion").asText()).as(file.toString()).isEqualTo("kustomize.config.k8s.io/v1beta1");
            assertThat(k.path("kind").asText()).isEqualTo("Kustomization");
            k.fieldNames().forEachRemaining(f -> assertThat(FIELDS).as(file + ": field " + f).contains(f));
            for (JsonNode r : k.path("resources")) {
                Path p = dir.resolve(r.asText()).normalize();
                assertThat(Files.isRegularFile(p) || Files.isRegularFile(p.resolve("kustomization.yaml"))).as(file + ": " + r.asText()).isTrue();
            }
            for (JsonNode patch : k.path("patches")) {
                assertThat(Files.isRegularFile(dir.resolve(patch.path("path").asText()))).as(file + ": " + patch).isTrue();
            }
            for (JsonNode g : k.path("configMapGenerator")) {
                g.path("files").forEach(f -> assertThat(Files.isRegularFile(dir.resolve(f.asText()))).as(file + ": " + f).isTrue());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPatchOfTheOverlayTargetsAResourceOfTheBaseAndIsValidForItsKind(String overlay) {
        JsonNode k = Manifests.read(Repository.overlay(overlay).resolve("kustomization.yaml")).get(0).node();
        assertThat(k.path("resources").toString()).isEqualTo("[\"../../base\"]");
        assertThat(k.path("patches")).isNotEmpty();

        assertThat(patchProblems(Repository.overlay(overlay), Manifests.resourceFiles())).isEmpty();
    }

    @Test
    void aPatchOfAMissingResourceAMisspeltFieldOrAPathThatIsNotThereIsRefused() throws Exception {
        Path overlay = Path.of(KustomizationTest.class.getResource("/broken-overlay/kustomization.yaml").toURI()).getParent();

        List<String> problems = patchProblems(overlay, Manifests.resourceFiles());

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("missing-pool.yaml", "targets no resource of the base");
        assertThat(problems.get(1)).contains("misspelt-field.yaml", "/spec", "'instance'");
        assertThat(problems.get(2)).contains("missing-path.yaml", "/spec/template/spec/initContainers/0/resources");
    }

    /** What is wrong with the patches of an overlay, checked against the base's resources; empty when nothing is. */
    static List<String> patchProblems(Path overlay, List<Manifest> base) {
        List<String> problems = new ArrayList<>();
        JsonNode k = Manifests.read(overlay.resolve("kustomization.yaml")).get(0).node();
        for (JsonNode patch : k.path("patches")) {
            Path file = overlay.resolve(patch.path("path").asText());
            String name = file.getFileName().toString();
            List<Manifest> docs = Manifests.read(file);
            // A JSON 6902 patch is a YAML list of operations (the reader yields its items); anything else is a
            // strategic-merge patch: one partial resource.
            boolean operations = !docs.isEmpty() && docs.stream().allMatch(d -> d.node().has("op"));
            if (!operations && docs.size() != 1) {
                problems.add(name + ": a strategic-merge patch is one resource");
                continue;
            }
            List<Manifest> targets;
            if (patch.has("target")) {
                targets = base.stream().filter(m -> selected(m, patch.path("target"))).toList();
            } else if (operations) {
                problems.add(name + ": a JSON 6902 patch needs a target");
                continue;
            } else {
                Manifest doc = docs.get(0);
                targets = base.stream().filter(m -> m.apiVersion().equals(doc.apiVersion()) && m.id().equals(doc.id())).toList();
            }
            if (targets.isEmpty()) {
                problems.add(name + ": targets no resource of the base");
                continue;
            }
            if (!operations) {
                Manifest doc = docs.get(0);
                List<String> invalid = KubernetesModel.knows(doc.apiVersion(), doc.kind())
                        ? KubernetesModel.validate(doc.node()) : CrdSchemas.validatePatch(doc.node());
                invalid.forEach(p -> problems.add(name + ": " + p));
                continue;
            }
            for (JsonNode op : docs.stream().map(Manifest::node).toList()) {
                String path = op.path("path").asText();
                if (!List.of("add", "replace", "remove").contains(op.path("op").asText()) || !path.startsWith("/")) {
                    problems.add(name + ": not an add, replace or remove of a path: " + op);
                    continue;
                }
                String mustExist = op.path("op").asText().equals("add") ? path.substring(0, path.lastIndexOf('/')) : path;
                for (Manifest target : targets) {
                    if (target.node().at(mustExist).isMissingNode()) {
                        problems.add(name + ": " + mustExist + " is not in " + target.id());
                    }
                }
            }
        }
        return problems;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayDeploysIntoItsOwnNamespaceAndPinsEveryServiceImage(String overlay) {
        JsonNode k = Manifests.read(Repository.overlay(overlay).resolve("kustomization.yaml")).get(0).node();
        assertThat(k.path("namespace").asText()).isEqualTo(overlay.equals("prod") ? "wsp" : "wsp-" + overlay);
        List<String> images = new ArrayList<>();
        for (JsonNode i : k.path("images")) {
            images.add(i.path("name").asText());
            assertThat(i.path("newTag").asText()).isNotBlank().isNotEqualTo("latest");
        }
        assertThat(images).containsExactlyInAnyOrderElementsOf(ServiceCode.SERVICES.stream().map(s -> "ghcr.io/wsp-platform/" + s).toList());
    }

    private static boolean selected(Manifest m, JsonNode target) {
        if (target.has("kind") && !m.kind().equals(target.path("kind").asText())) {
            return false;
        }
        if (target.has("name") && !m.name().equals(target.path("name").asText())) {
            return false;
        }
        if (target.has("group") || target.has("version")) {
            String apiVersion = (target.path("group").asText().isEmpty() ? "" : target.path("group").asText() + "/") + target.path("version").asText();
            if (!m.apiVersion().equals(apiVersion)) {
                return false;
            }
        }
        if (target.has("labelSelector")) {
            for (String pair : target.path("labelSelector").asText().split(",")) {
                String[] kv = pair.split("=", 2);
                if (!m.node().path("metadata").path("labels").path(kv[0].trim()).asText("\u0000").equals(kv[1].trim())) {
                    return false;
                }
            }
        }
        return true;
    }
}
