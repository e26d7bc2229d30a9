package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Alert rules, dashboard and production logging/tracing settings, held to deploy/observability/README.md and the code. */
class ObservabilityTest {

    private static final Path README = Repository.root().resolve("deploy/observability/README.md");
    private static final Pattern METRIC = Pattern.compile("\\b(wsp_[a-z_]+|kafka_[a-z_]+|http_server_[a-z_]+|up)\\b(?=\\s*[{\\[)]|\\s*$|\\s*[<>=])");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (.+?) \\| .+ \\| (exported|needed) \\|$");

    /** The metric table of the README: name → exported or needed. */
    private static Map<String, String> documented() {
        Map<String, String> out = new TreeMap<>();
        for (String line : Repository.read(README).lines().toList()) {
            Matcher m = TABLE_ROW.matcher(line);
            if (m.matches()) {
                Matcher name = Pattern.compile("`([a-z_]+)`").matcher(m.group(1));
                while (name.find()) {
                    out.put(name.group(1), m.group(2));
                }
            }
        }
        return out;
    }

    private static List<JsonNode> rules() {
        Manifest rule = Manifests.read(Repository.base().resolve("monitoring/prometheusrule.yaml")).get(0);
        List<JsonNode> out = new ArrayList<>();
        rule.node().path("spec").path("groups").forEach(g -> g.path("rules").forEach(out::add));
        return out;
    }

    private static Set<String> metricsIn(String expr) {
        Set<String> out = new TreeSet<>();
        Matcher m = METRIC.matcher(expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("by \\([^)]*\\)", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theAlertRulesCoverOutboxLagDeadLettersWebhookFailuresAndOverdueTimers() {
        Map<String, String> alerts = new TreeMap<>();
        rules().forEach(r -> alerts.put(r.path("alert").asText(), r.path("expr").asText()));
        assertThat(alerts.get("WspOutboxLag")).contains("wsp_outbox_oldest_pending_age_seconds");
        assertThat(alerts.get("WspOutboxStalled")).contains("wsp_outbox_pending", "wsp_outbox_published_total");
        assertThat(alerts.get("WspDeadLetters")).contains("kafka_topic_partition_current_offset", "dead-letters");
        assertThat(alerts.get("WspWebhookFailures")).contains("wsp_webhook_delivery_attempts_total");
        assertThat(alerts.get("WspTimersOverdue")).contains("wsp_timers_overdue");
        for (JsonNode r : rules()) {
            assertThat(r.path("labels").path("severity").asText()).as(r.path("alert").asText()).isIn("warning", "critical");
            assertThat(r.path("annotations").path("summary").asText()).as(r.path("alert").asText()).isNotBlank();
        }
    }

    @Test
    void everyMetricTheRulesAndTheDashboardUseIsDocumented() throws Exception {
        Set<String> used = new TreeSet<>();
        rules().forEach(r -> used.addAll(metricsIn(r.path("expr").asText())));
        JsonNode dashboard = new ObjectMapper().readTree(Repository.root().resolve("deploy/observability/wsp-dashboard.json").toFile());
        dashboard.findValues("expr").forEach(e -> used.addAll(metricsIn(e.asText())));
        assertThat(used).contains("wsp_outbox_published_total", "wsp_timers_overdue", "kafka_consumergroup_lag");
        assertThat(documented().keySet()).containsAll(used);
    }

    @Test
    void everyMetricMarkedExportedIsRegisteredByTheCode() {
        StringBuilder code = new StringBuilder();
        for (String service : ServiceCode.SERVICES) {
            Repository.files(Repository.root().resolve(service).resolve("src/main/java"), ".java").forEach(f -> code.append(Repository.read(f)));
        }
        // the outbox relay and its meters live in the platform frame every service runs
        Repository.files(Repository.root().resolve("platform").resolve("src/main/java"), ".java").forEach(f -> code.append(Repository.read(f)));
        documented().forEach((metric, status) -> {
            if (status.equals("exported") && metric.startsWith("wsp_")) {
                String micrometer = metric.replaceAll("_total$", "").replaceAll("_seconds$", "").replace('_', '.');
                assertThat(code).as(metric + " (Micrometer \"" + micrometer + "\")").contains("\"" + micrometer + "\"");
            }
        });
    }

    @Test
    void theDashboardIsAGrafanaDashboardWhosePanelsAllQueryPrometheus() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Repository.root().resolve("deploy/observability/wsp-dashboard.json").toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("wsp-platform");
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
        }
    }

    @Test
    void productionLogsJsonAndExportsTracesOverOtlp() {
        List<String> literals = new ArrayList<>();
        JsonNode kustomization = Manifests.read(Repository.overlay("prod").resolve("kustomization.yaml")).get(0).node();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            if (generator.path("name").asText().equals("wsp-environment")) {
                assertThat(generator.path("behavior").asText()).isEqualTo("merge");
                generator.path("literals").forEach(l -> literals.add(l.asText()));
            }
        }
        assertThat(literals).contains("QUARKUS_LOG_CONSOLE_JSON_ENABLED=true");
        assertThat(literals).anyMatch(l -> l.matches("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=https?://.+:4317"));
        // the frame leaves the SDK off by default (platform META-INF/microprofile-config.properties): prod switches it on
        assertThat(literals).contains("QUARKUS_OTEL_SDK_DISABLED=false");
        // every Deployment takes these settings
        for (String service : ServiceCode.SERVICES) {
            Manifest d = Manifests.read(Repository.base().resolve("services").resolve(service).resolve("deployment.yaml")).get(0);
            assertThat(d.node().findValues("configMapRef").toString()).as(service).contains("\"wsp-environment\"");
        }
    }
}
