package nl.wsp.deploy.kubernetes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation refuses what the API server would refuse: each manifest under test resources {@code broken/} has one
 * defect and must fail naming it, while its twin under {@code valid/} (the same manifest without the defect) passes.
 */
class BrokenManifestsAreRefusedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            deployment-misspelt-field.yaml            | .spec.replica: unknown field
            deployment-misspelt-nested-field.yaml     | .livenessprobe: unknown field
            deployment-wrong-type.yaml                | does not match the Kubernetes model
            deployment-number-as-string.yaml          | does not match the Kubernetes model
            service-port-as-string.yaml               | does not match the Kubernetes model
            kafkatopic-misspelt-field.yaml            | partition
            kafkatopic-wrong-type.yaml                | /spec/partitions
            kafkauser-unknown-resource-type.yaml      | /spec/authorization/acls/0/resource/type
            cluster-wrong-type.yaml                   | /spec/instances
            cluster-missing-required.yaml             | instances
            servicemonitor-misspelt-field.yaml        | endpoint
            custom-resource-misspelt-metadata.yaml    | metadata.label: unknown field
            unknown-kind.yaml                         | no schema for kafka.strimzi.io/v1 Kafkatopic
            old-api-version.yaml                      | no schema for kafka.strimzi.io/v1beta2 KafkaTopic
            """)
    void aManifestWithADefectIsRefusedNamingTheDefect(String file, String expected) {
        List<String> problems = problems("broken/" + file);

        assertThat(problems).isNotEmpty();
        assertThat(String.join("\n", problems)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deployment.yaml", "kafkatopic.yaml", "cluster.yaml", "servicemonitor.yaml", "service.yaml"})
    void theSameManifestWithoutTheDefectPasses(String file) {
        assertThat(problems("valid/" + file)).isEmpty();
    }

    private static List<String> problems(String resource) {
        try (InputStream in = BrokenManifestsAreRefusedTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Manifest> manifests = Manifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
            assertThat(manifests).hasSize(1);
            return Validation.problems(manifests.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
