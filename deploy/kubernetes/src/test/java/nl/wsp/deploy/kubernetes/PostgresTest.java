package nl.wsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** One CloudNativePG cluster holds the four databases, each owned by its service's role and reachable only by it. */
class PostgresTest {

    static List<Views> views() {
        return Views.all();
    }

    @Test
    void theProductionClusterRunsThreeInstances() {
        Views base = Views.all().get(0);
        assertThat(base.get("Cluster", "wsp-postgres").node().path("spec").path("instances").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("views")
    void eachServiceHasItsOwnDatabaseOwnedByItsOwnRole(Views view) {
        JsonNode cluster = view.get("Cluster", "wsp-postgres").node().path("spec");
        Map<String, String> owners = new TreeMap<>();
        for (Manifest db : view.ofKind("Database")) {
            assertThat(db.node().path("spec").path("cluster").path("name").asText()).isEqualTo("wsp-postgres");
            owners.put(db.node().path("spec").path("name").asText(), db.node().path("spec").path("owner").asText());
        }
        Map<String, String> roles = new TreeMap<>();
        for (JsonNode role : cluster.path("managed").path("roles")) {
            roles.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
            assertThat(role.path("superuser").asBoolean(false)).isFalse();
        }
        for (ServiceCode s : ServiceCode.all()) {
            assertThat(owners).as(view + " database " + s.database()).containsEntry(s.database(), s.database());
            assertThat(roles).as(view + " role " + s.database()).containsEntry(s.database(), "wsp-postgres-" + s.database());
        }
        assertThat(owners).hasSize(4);
        assertThat(cluster.path("enableSuperuserAccess").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("views")
    void aServiceRoleMayConnectOnlyToItsOwnDatabaseOverTls(Views view) {
        List<String> hba = new ArrayList<>();
        view.get("Cluster", "wsp-postgres").node().path("spec").path("postgresql").path("pg_hba").forEach(l -> hba.add(l.asText()));
        List<String> roles = ServiceCode.all().stream().map(ServiceCode::database).toList();
        for (String db : roles) {
            assertThat(hba).contains("hostssl " + db + " " + db + " all scram-sha-256");
        }
        assertThat(hba.get(hba.size() - 1)).isEqualTo("host all " + String.join(",", roles) + " all reject");
    }

    @Test
    void eachServiceConnectsToItsOwnDatabaseVerifyingTheClustersCertificate() {
        for (ServiceCode s : ServiceCode.all()) {
            String props = Repository.read(Repository.base().resolve("services").resolve(s.service()).resolve("application.properties"));
            assertThat(props).contains("quarkus.datasource.jdbc.url=jdbc:postgresql://wsp-postgres-rw:5432/" + s.database()
                    + "?sslmode=verify-full&sslrootcert=/etc/wsp/postgres-ca/ca.crt");
            assertThat(props).contains("quarkus.datasource.password=${WSP_DB_PASSWORD}");
        }
    }

    @ParameterizedTest
    @MethodSource("views")
    void backupsGoToAnObjectStoreConfiguredByReferenceEveryNight(Views view) {
        JsonNode plugins = view.get("Cluster", "wsp-postgres").node().path("spec").path("plugins");
        assertThat(plugins).hasSize(1);
        JsonNode barman = plugins.get(0);
        assertThat(barman.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(barman.path("isWALArchiver").asBoolean()).isTrue();
        String store = barman.path("parameters").path("barmanObjectName").asText();
        JsonNode config = view.get("ObjectStore", store).node().path("spec").path("configuration");
        assertThat(config.path("destinationPath").asText()).startsWith("s3://");
        assertThat(config.path("s3Credentials").path("accessKeyId").path("name").asText()).isEqualTo("wsp-backup-s3");
        assertThat(config.path("s3Credentials").path("secretAccessKey").path("name").asText()).isEqualTo("wsp-backup-s3");

        Manifest backup = view.get("ScheduledBackup", "wsp-postgres-nightly");
        assertThat(backup.node().path("spec").path("cluster").path("name").asText()).isEqualTo("wsp-postgres");
        assertThat(backup.node().path("spec").path("method").asText()).isEqualTo("plugin");
        assertThat(backup.node().path("spec").path("pluginConfiguration").path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
    }
}
