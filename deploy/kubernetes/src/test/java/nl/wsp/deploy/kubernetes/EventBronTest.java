package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0014: in production every CloudEvent names the organisation that publishes it (its OIN, not the services'
 * placeholder of twenty zeros) and a dataschema where the AsyncAPI documents are published, not the placeholder base.
 */
class EventBronTest {

    private static List<String> literals(String overlay) {
        List<String> literals = new ArrayList<>();
        JsonNode kustomization = Manifests.read(Repository.overlay(overlay).resolve("kustomization.yaml")).get(0).node();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            if (generator.path("name").asText().equals("wsp-environment")) {
                generator.path("literals").forEach(l -> literals.add(l.asText()));
            }
        }
        return literals;
    }

    @Test
    void productionNamesItsOrganisationByOinInEveryEventSource() {
        List<String> oin = literals("prod").stream().filter(l -> l.startsWith("WSP_OIN=")).toList();
        assertThat(oin).hasSize(1);
        String waarde = oin.get(0).substring("WSP_OIN=".length());
        assertThat(waarde).matches("\\d{20}").isNotEqualTo("0".repeat(20));
    }

    @Test
    void productionPublishesTheAsyncApiDocumentsAtAnHttpsBaseThatIsNotThePlaceholder() {
        List<String> basis = literals("prod").stream().filter(l -> l.startsWith("WSP_ASYNCAPI_BASIS=")).toList();
        assertThat(basis).hasSize(1);
        String waarde = basis.get(0).substring("WSP_ASYNCAPI_BASIS=".length());
        assertThat(waarde).matches("https://[a-z0-9.-]+(/[A-Za-z0-9._~-]+)*").doesNotEndWith("/")
                .isNotEqualTo("https://wsp.example/asyncapi");
    }

    @Test
    void theServicesReadTheOinAndTheBaseFromTheEnvironmentTheOverlaySets() {
        for (String service : ServiceCode.SERVICES) {
            assertThat(Repository.read(Repository.root().resolve(service).resolve("src/main/resources/application.properties")))
                    .as(service)
                    .contains("wsp.platform.cloudevents.oin=${WSP_OIN:")
                    .contains("wsp.platform.cloudevents.dataschema-basis=${WSP_ASYNCAPI_BASIS:");
        }
    }
}
