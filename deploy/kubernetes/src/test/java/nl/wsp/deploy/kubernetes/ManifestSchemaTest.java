package nl.wsp.deploy.kubernetes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every manifest of the deployment matches the schema of its kind: a misspelt field or a wrong type fails the build. */
class ManifestSchemaTest {

    @Test
    void everyResourceFileMatchesTheSchemaOfItsKind() {
        List<Manifest> manifests = Manifests.resourceFiles();

        assertThat(manifests).hasSizeGreaterThan(50);
        assertThat(manifests.stream().flatMap(m -> Validation.problems(m).stream())).isEmpty();
    }

    static List<String> overlays() {
        return Repository.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyOverlayRendersToManifestsThatMatchTheSchemaOfTheirKind(String overlay) {
        assumeTrue(Manifests.kustomizeCommand().isPresent(), "kubectl or kustomize is not on the PATH");
        List<Manifest> rendered = Manifests.rendered(overlay);

        assertThat(rendered).hasSizeGreaterThan(50);
        assertThat(rendered.stream().flatMap(m -> Validation.problems(m).stream())).isEmpty();
    }

    @Test
    void theOverlaysAreDevAndProd() {
        assertThat(Repository.overlays()).containsExactly("dev", "prod");
    }

    @Test
    void everyVendoredCrdVersionIsLoaded() {
        // Strimzi: Kafka, KafkaNodePool, KafkaTopic, KafkaUser (v1); CloudNativePG: Cluster, Database, ScheduledBackup;
        // Barman Cloud: ObjectStore; Prometheus Operator: ServiceMonitor, PodMonitor, PrometheusRule.
        assertThat(CrdSchemas.knows("kafka.strimzi.io/v1", "Kafka")).isTrue();
        assertThat(CrdSchemas.knows("postgresql.cnpg.io/v1", "Cluster")).isTrue();
        assertThat(CrdSchemas.knows("barmancloud.cnpg.io/v1", "ObjectStore")).isTrue();
        assertThat(CrdSchemas.knows("monitoring.coreos.com/v1", "ServiceMonitor")).isTrue();
        assertThat(CrdSchemas.count()).isGreaterThanOrEqualTo(11);
    }
}
