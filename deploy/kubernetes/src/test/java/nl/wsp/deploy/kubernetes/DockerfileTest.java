package nl.wsp.deploy.kubernetes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service has the JVM Dockerfile of the Quarkus layout, on a pinned base image, running as the non-root UID 185. */
class DockerfileTest {

    static List<String> services() {
        return ServiceCode.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceHasAJvmDockerfileInTheQuarkusFastJarLayoutOnAPinnedUbi9Java17Runtime(String service) {
        Path dockerfile = Repository.root().resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        assertThat(dockerfile).exists();
        List<String> lines = Repository.read(dockerfile).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(lines.get(0)).matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:\\d+\\.\\d+(@sha256:[0-9a-f]{64})?");
        assertThat(lines).contains(
                "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                "USER 185",
                "EXPOSE 8080",
                "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]");
        assertThat(Files.exists(Repository.root().resolve(service).resolve(".dockerignore"))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("services")
    void theDeploymentRunsAsTheImagesUserAndListensWhereTheImageExposes(String service) {
        Manifest d = Manifests.read(Repository.base().resolve("services").resolve(service).resolve("deployment.yaml")).get(0);
        assertThat(d.node().path("spec").path("template").path("spec").path("securityContext").path("runAsUser").asInt()).isEqualTo(185);
        assertThat(d.node().findValues("containerPort").toString()).isEqualTo("[8080]");
        assertThat(Repository.read(Repository.base().resolve("services").resolve(service).resolve("application.properties")))
                .contains("quarkus.http.port=8080");
    }
}
