package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Strimzi resources agree with the code: every topic the services use exists with its retention stated, the
 * cluster keeps three copies of every write, and each service's KafkaUser may do exactly what its code does.
 */
class KafkaTest {

    static List<Views> views() {
        return Views.all();
    }

    private static Map<String, JsonNode> topics(Views view) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (Manifest t : view.ofKind("KafkaTopic")) {
            assertThat(t.node().path("metadata").path("labels").path("strimzi.io/cluster").asText()).as(t.toString()).isEqualTo("wsp-kafka");
            out.put(t.node().path("spec").path("topicName").asText(t.name()), t.node().path("spec"));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyTopicTheCodeUsesHasAKafkaTopicAndEveryKafkaTopicIsUsed(Views view) {
        Set<String> used = new TreeSet<>();
        for (ServiceCode s : ServiceCode.all()) {
            used.addAll(s.writes());
            used.addAll(s.consumed());
        }
        assertThat(used).contains(ServiceCode.PARTNER_TOPIC, "wsp.vacancy.vacatures", "wsp.reporting.dead-letters");
        assertThat(topics(view).keySet()).as(view.name()).containsExactlyInAnyOrderElementsOf(used);
    }

    @ParameterizedTest
    @MethodSource("views")
    void everyTopicStatesPartitionsThreeReplicasMinInSyncTwoCleanupAndRetention(Views view) {
        topics(view).forEach((name, spec) -> {
            assertThat(spec.path("partitions").asInt()).as(name + " partitions").isPositive();
            assertThat(spec.path("replicas").asInt()).as(name + " replicas").isEqualTo(3);
            JsonNode config = spec.path("config");
            assertThat(config.path("min.insync.replicas").asInt()).as(name + " min.insync.replicas").isEqualTo(2);
            String cleanup = config.path("cleanup.policy").asText();
            assertThat(cleanup).as(name + " cleanup.policy").isIn("delete", "compact");
            if (cleanup.equals("delete")) {
                assertThat(config.has("retention.ms")).as(name + " retention.ms").isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("views")
    void topicsThatReportingReplaysFromTheStartKeepEveryRecord(Views view) {
        // reporting-service rebuilds its read models by seeking its realisation consumer to offset 0.
        Map<String, JsonNode> topics = topics(view);
        String replayed = Repository.read(Repository.root().resolve("reporting-service/src/main/resources/application.properties"))
                .lines().filter(l -> l.startsWith("mp.messaging.incoming.realisatie.topics=")).findFirst().orElseThrow();
        for (String topic : replayed.substring(replayed.indexOf('=') + 1).split(",")) {
            JsonNode config = topics.get(topic.trim()).path("config");
            assertThat(config.path("cleanup.policy").asText()).as(topic).isEqualTo("delete");
            assertThat(config.path("retention.ms").asLong()).as(topic + " retention.ms").isEqualTo(-1L);
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void theClusterRunsKraftOnThreeNodesWithReplicationThreeAndMinInSyncTwo(Views view) {
        JsonNode kafka = view.get("Kafka", "wsp-kafka").node().path("spec").path("kafka");
        JsonNode config = kafka.path("config");
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(config.path("unclean.leader.election.enable").asBoolean(true)).isFalse();
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        for (JsonNode l : kafka.path("listeners")) {
            assertThat(l.path("tls").asBoolean()).as("listener " + l.path("name").asText() + " tls").isTrue();
            assertThat(l.path("authentication").path("type").asText()).as("listener " + l.path("name").asText()).isEqualTo("scram-sha-512");
        }
        List<Manifest> pools = view.ofKind("KafkaNodePool");
        assertThat(pools).hasSize(1);
        JsonNode pool = pools.get(0).node();
        assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("wsp-kafka");
        assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(pool.path("spec").path("roles").toString()).contains("broker", "controller");
    }

    @ParameterizedTest
    @MethodSource("views")
    void eachServiceWritesExactlyTheTopicsItPublishesAndReadsExactlyWhatItConsumes(Views view) {
        for (ServiceCode s : ServiceCode.all()) {
            Acls acls = Acls.of(view.get("KafkaUser", s.service()));
            assertThat(acls.topics("Write")).as(s.service() + " writes").isEqualTo(s.writes());
            assertThat(acls.topics("Read")).as(s.service() + " reads").isEqualTo(s.consumed());
            assertThat(acls.groups()).as(s.service() + " consumer groups").isEqualTo(s.groups());
            assertThat(acls.clusterOrWildcard()).as(s.service() + " cluster, prefix or All ACLs").isEmpty();
        }
    }

    @Test
    void thePartnerTemplateReadsOnlyThePartnerTopicInItsOwnGroups() {
        List<Manifest> partner = Manifests.read(Repository.kubernetes().resolve("partners/partner-kafkauser.template.yaml"));
        assertThat(partner).hasSize(1);
        Acls acls = Acls.of(partner.get(0));
        assertThat(acls.topics("Read")).containsExactly(ServiceCode.PARTNER_TOPIC);
        assertThat(acls.topics("Write")).isEmpty();
        assertThat(acls.topics("Describe")).containsExactly(ServiceCode.PARTNER_TOPIC);
        for (JsonNode acl : partner.get(0).node().path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            assertThat(r.path("type").asText()).isIn("topic", "group");
            if (r.path("type").asText().equals("group")) {
                assertThat(r.path("name").asText()).isEqualTo(partner.get(0).name());
            } else {
                assertThat(r.path("patternType").asText()).isEqualTo("literal");
            }
        }
    }

    /** The allow-ACLs of a KafkaUser. */
    record Acls(List<JsonNode> acls) {

        static Acls of(Manifest user) {
            assertThat(user.node().path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            assertThat(user.node().path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
            List<JsonNode> out = new java.util.ArrayList<>();
            user.node().path("spec").path("authorization").path("acls").forEach(out::add);
            return new Acls(out);
        }

        Set<String> topics(String operation) {
            Set<String> out = new TreeSet<>();
            for (JsonNode a : acls) {
                if (a.path("resource").path("type").asText().equals("topic") && a.path("operations").toString().contains("\"" + operation + "\"")
                        && !a.path("type").asText("allow").equals("deny")) {
                    out.add(a.path("resource").path("name").asText());
                }
            }
            return out;
        }

        Set<String> groups() {
            Set<String> out = new TreeSet<>();
            for (JsonNode a : acls) {
                if (a.path("resource").path("type").asText().equals("group")) {
                    out.add(a.path("resource").path("name").asText());
                }
            }
            return out;
        }

        List<String> clusterOrWildcard() {
            return acls.stream().filter(a -> a.path("resource").path("type").asText().equals("cluster")
                            || a.path("resource").path("patternType").asText("literal").equals("prefix")
                            || a.path("resource").path("name").asText().equals("*")
                            || a.path("operations").toString().contains("\"All\""))
                    .map(JsonNode::toString).toList();
        }
    }
}
