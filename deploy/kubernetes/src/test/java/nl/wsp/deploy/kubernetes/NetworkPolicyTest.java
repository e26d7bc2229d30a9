package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service reaches only its database, the Kafka brokers, the identity provider, the OpenTelemetry collector and DNS
 * (vacancy-service also partners' public https endpoints), and is reached only by the ingress controller and Prometheus.
 */
class NetworkPolicyTest {

    static List<Views> views() {
        return Views.all();
    }

    @ParameterizedTest
    @MethodSource("views")
    void aServiceReachesOnlyItsDatabaseKafkaTheIdentityProviderTelemetryAndDns(Views view) {
        for (String service : ServiceCode.SERVICES) {
            JsonNode spec = view.get("NetworkPolicy", service).node().path("spec");
            assertThat(spec.path("policyTypes").toString()).contains("Ingress", "Egress");
            Set<String> egress = new TreeSet<>();
            for (JsonNode rule : spec.path("egress")) {
                assertThat(rule.has("to")).as(service + ": an egress rule without 'to' would allow every destination").isTrue();
                assertThat(rule.has("ports")).as(service + ": an egress rule without ports would allow every port").isTrue();
                for (JsonNode to : rule.path("to")) {
                    for (JsonNode port : rule.path("ports")) {
                        egress.add(describe(to) + " " + port.path("protocol").asText() + "/" + port.path("port").asText());
                    }
                }
            }
            Set<String> expected = new TreeSet<>(Set.of(
                    "pods{cnpg.io/cluster=wsp-postgres} TCP/5432",
                    "pods{strimzi.io/cluster=wsp-kafka,strimzi.io/kind=Kafka} TCP/9093",
                    "ns{kubernetes.io/metadata.name=keycloak} pods{app.kubernetes.io/name=keycloak} TCP/8443",
                    "ns{kubernetes.io/metadata.name=observability} pods{app.kubernetes.io/name=opentelemetry-collector} TCP/4317",
                    "ns{kubernetes.io/metadata.name=kube-system} pods{k8s-app=kube-dns} UDP/53",
                    "ns{kubernetes.io/metadata.name=kube-system} pods{k8s-app=kube-dns} TCP/53"));
            if (service.equals("vacancy-service")) {
                expected.add("ip 0.0.0.0/0 except [10.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0/16, 172.16.0.0/12, 192.168.0.0/16] TCP/443");
            }
            assertThat(egress).as(view + " " + service).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void aServiceIsReachedOnlyByTheIngressControllerAndPrometheusOnItsHttpPort(Views view) {
        for (String service : ServiceCode.SERVICES) {
            JsonNode spec = view.get("NetworkPolicy", service).node().path("spec");
            Set<String> ingress = new TreeSet<>();
            for (JsonNode rule : spec.path("ingress")) {
                assertThat(rule.has("from")).as(service + ": an ingress rule without 'from' would admit everyone").isTrue();
                for (JsonNode from : rule.path("from")) {
                    for (JsonNode port : rule.path("ports")) {
                        ingress.add(describe(from) + " " + port.path("protocol").asText() + "/" + port.path("port").asText());
                    }
                }
            }
            assertThat(ingress).as(view + " " + service).containsExactlyInAnyOrder(
                    "ns{kubernetes.io/metadata.name=ingress-nginx} pods{app.kubernetes.io/name=ingress-nginx} TCP/8080",
                    "ns{kubernetes.io/metadata.name=monitoring} pods{app.kubernetes.io/name=prometheus} TCP/8080");
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void onlyThePlatformsPodsMayConnectToTheKafkaListener(Views view) {
        JsonNode listeners = view.get("Kafka", "wsp-kafka").node().path("spec").path("kafka").path("listeners");
        for (JsonNode l : listeners) {
            if (l.path("type").asText().equals("internal")) {
                assertThat(l.path("networkPolicyPeers").toString()).contains("\"app.kubernetes.io/part-of\":\"wsp-platform\"");
            }
        }
    }

    private static String describe(JsonNode peer) {
        StringBuilder s = new StringBuilder();
        if (peer.has("ipBlock")) {
            List<String> except = new java.util.ArrayList<>();
            peer.path("ipBlock").path("except").forEach(e -> except.add(e.asText()));
            return "ip " + peer.path("ipBlock").path("cidr").asText() + " except " + except.stream().sorted().toList();
        }
        if (peer.has("namespaceSelector")) {
            s.append("ns").append(labels(peer.path("namespaceSelector").path("matchLabels"))).append(' ');
        }
        if (peer.has("podSelector")) {
            s.append("pods").append(labels(peer.path("podSelector").path("matchLabels")));
        }
        return s.toString().trim();
    }

    private static String labels(JsonNode matchLabels) {
        Set<String> out = new TreeSet<>();
        matchLabels.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return "{" + String.join(",", out) + "}";
    }
}
