package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules every service's Deployment keeps, in the base and in every rendered overlay. */
class ServiceDeploymentTest {

    static List<Views> views() {
        return Views.all();
    }

    @ParameterizedTest
    @MethodSource("views")
    void theFourServicesAndNothingElseAreDeployed(Views view) {
        assertThat(view.ofKind("Deployment").stream().map(Manifest::name))
                .containsExactlyInAnyOrderElementsOf(ServiceCode.SERVICES);
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyDeploymentRunsAtLeastTwoReplicasAndItsAutoscalerNeverFewer(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            assertThat(d.node().path("spec").path("replicas").asInt(1)).as(d.toString()).isGreaterThanOrEqualTo(2);
            Manifest hpa = view.get("HorizontalPodAutoscaler", d.name());
            assertThat(hpa.apiVersion()).isEqualTo("autoscaling/v2");
            assertThat(hpa.node().path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(d.name());
            assertThat(hpa.node().path("spec").path("minReplicas").asInt()).as(hpa.toString()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.node().path("spec").path("maxReplicas").asInt()).isGreaterThan(hpa.node().path("spec").path("minReplicas").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyContainerHasStartupLivenessAndReadinessProbesOnSmallRyeHealth(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            for (JsonNode c : containers(d)) {
                assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).as(d + " startup").isEqualTo("/q/health/started");
                assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).as(d + " liveness").isEqualTo("/q/health/live");
                assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).as(d + " readiness").isEqualTo("/q/health/ready");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyContainerRequestsCpuAndMemoryAndHasAMemoryLimit(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            for (JsonNode c : containers(d)) {
                JsonNode r = c.path("resources");
                assertThat(r.path("requests").has("cpu")).as(d + " cpu request").isTrue();
                assertThat(r.path("requests").has("memory")).as(d + " memory request").isTrue();
                assertThat(r.path("limits").has("memory")).as(d + " memory limit").isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivilegesOrCapabilities(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            JsonNode pod = d.node().path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(d + " runAsNonRoot").isTrue();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).as(d + " seccomp").isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(d + " service account token").isFalse();
            for (JsonNode c : containers(d)) {
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(d + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(d + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.path("capabilities").path("drop").toString()).as(d + " capabilities").isEqualTo("[\"ALL\"]");
                assertThat(sc.path("privileged").asBoolean(false)).isFalse();
                String tmpVolume = null;
                for (JsonNode mount : c.path("volumeMounts")) {
                    if (mount.path("mountPath").asText().equals("/tmp")) {
                        tmpVolume = mount.path("name").asText();
                    }
                }
                assertThat(tmpVolume).as(d + " mounts /tmp").isNotNull();
                for (JsonNode v : pod.path("volumes")) {
                    if (v.path("name").asText().equals(tmpVolume)) {
                        assertThat(v.has("emptyDir")).as(d + " /tmp is an emptyDir").isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyDeploymentHasItsServiceDisruptionBudgetNetworkPolicyAndServiceMonitor(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            JsonNode podLabels = d.node().path("spec").path("template").path("metadata").path("labels");
            Manifest service = view.get("Service", d.name());
            assertThat(matches(service.node().path("spec").path("selector"), podLabels)).as(service + " selects the pods").isTrue();
            Manifest pdb = view.get("PodDisruptionBudget", d.name());
            assertThat(matches(pdb.node().path("spec").path("selector").path("matchLabels"), podLabels)).as(pdb.toString()).isTrue();
            assertThat(pdb.node().path("spec").has("maxUnavailable") || pdb.node().path("spec").has("minAvailable")).isTrue();
            Manifest policy = view.get("NetworkPolicy", d.name());
            assertThat(matches(policy.node().path("spec").path("podSelector").path("matchLabels"), podLabels)).as(policy.toString()).isTrue();
            Manifest monitor = view.get("ServiceMonitor", d.name());
            assertThat(matches(monitor.node().path("spec").path("selector").path("matchLabels"), service.node().path("metadata").path("labels")))
                    .as(monitor + " selects the Service").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyDeploymentRunsAPinnedReleaseOfItsOwnImage(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            for (JsonNode c : containers(d)) {
                String image = c.path("image").asText();
                assertThat(image).as(d.toString()).startsWith("ghcr.io/wsp-platform/" + d.name() + ":");
                assertThat(image.substring(image.lastIndexOf(':') + 1)).as(d + " tag").isNotBlank().isNotEqualTo("latest");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyDeploymentTakesItsSecretsOnlyFromOperatorsAndTheExternalSecretStore(Views view) {
        for (Manifest d : view.ofKind("Deployment")) {
            String db = d.name().substring(0, d.name().indexOf('-'));
            Set<String> referenced = new TreeSet<>();
            d.node().findValues("secretKeyRef").forEach(ref -> referenced.add(ref.path("name").asText()));
            d.node().findValues("secret").forEach(ref -> referenced.add(ref.path("secretName").asText()));
            // wsp-postgres-<db>: the role's password (external store, managed by CloudNativePG); wsp-postgres-ca: generated by
            // CloudNativePG; <service>: generated by Strimzi for the KafkaUser; wsp-kafka-cluster-ca-cert: generated by
            // Strimzi; wsp-oidc: the region's issuer and JWKS (external store).
            assertThat(referenced).as(d.toString()).containsExactlyInAnyOrder(
                    "wsp-postgres-" + db, "wsp-postgres-ca", d.name(), "wsp-kafka-cluster-ca-cert", "wsp-oidc");
            assertThat(view.get("KafkaUser", d.name())).isNotNull();
        }
    }

    static List<JsonNode> containers(Manifest d) {
        List<JsonNode> out = new ArrayList<>();
        d.node().path("spec").path("template").path("spec").path("containers").forEach(out::add);
        assertThat(out).as(d + " containers").isNotEmpty();
        return out;
    }

    /** Whether every label of {@code selector} is on {@code labels} (and the selector is not empty). */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (!selector.isObject() || selector.isEmpty()) {
            return false;
        }
        for (var it = selector.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
