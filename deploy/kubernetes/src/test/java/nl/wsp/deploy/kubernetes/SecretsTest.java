package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets are referenced, never committed: no Secret, no generator of one, no password or key in any file. */
class SecretsTest {

    private static final Pattern SECRET_SETTING = Pattern.compile("(?i)^\\s*[\\w.-]*(password|secret|jaas\\.config|token|credentials?)[\\w.-]*\\s*[=:]\\s*(.*)$");

    static List<Views> views() {
        return Views.all();
    }

    @ParameterizedTest
    @MethodSource("views")
    void noSecretIsPartOfTheDeployment(Views view) {
        assertThat(view.ofKind("Secret")).isEmpty();
    }

    @Test
    void noKustomizationGeneratesASecret() {
        for (Path k : Repository.files(Repository.kubernetes(), "kustomization.yaml")) {
            assertThat(Repository.read(k)).as(k.toString()).doesNotContain("secretGenerator");
        }
    }

    @Test
    void everySecretSettingInTheConfigurationIsAReferenceToTheEnvironment() {
        List<String> literal = new ArrayList<>();
        for (Path file : Repository.files(Repository.kubernetes().resolve("base"), ".properties")) {
            for (String line : Repository.read(file).lines().toList()) {
                var m = SECRET_SETTING.matcher(line);
                if (!line.startsWith("#") && m.matches() && !m.group(2).trim().matches("\\$\\{[A-Z0-9_]+}")) {
                    literal.add(file.getFileName() + ": " + line);
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    @Test
    void noManifestCarriesAKeyOrCertificate() {
        List<Path> files = new ArrayList<>();
        files.addAll(Repository.files(Repository.kubernetes().resolve("base"), ""));
        files.addAll(Repository.files(Repository.kubernetes().resolve("overlays"), ""));
        files.addAll(Repository.files(Repository.kubernetes().resolve("partners"), ""));
        files.addAll(Repository.files(Repository.kubernetes().resolve("keycloak"), ""));
        for (Path f : files) {
            assertThat(Repository.read(f)).as(f.toString()).doesNotContain("-----BEGIN").doesNotContainPattern("(?i)aws_secret_access_key\\s*[=:]");
        }
    }

    @Test
    void theRealmExportHoldsNoSecretPasswordOrCredential() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Repository.kubernetes().resolve("keycloak/wsp-realm.json").toFile());
        List<String> found = new ArrayList<>();
        walk(realm, "", found);
        assertThat(found).isEmpty();
    }

    private static void walk(JsonNode node, String path, List<String> found) {
        node.fields().forEachRemaining(e -> {
            String key = e.getKey().toLowerCase();
            if (key.equals("secret") || key.contains("password") || key.equals("credentials") || key.contains("privatekey")
                    || key.equals("keys") || key.equals("components")) {
                found.add(path + "." + e.getKey());
            }
            walk(e.getValue(), path + "." + e.getKey(), found);
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        }
    }
}
