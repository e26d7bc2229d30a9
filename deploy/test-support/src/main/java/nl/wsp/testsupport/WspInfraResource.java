package nl.wsp.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL and Kafka of {@link LocalInfrastructure}, with a database
 * of its own ({@code database} init argument, e.g. {@code account_test}) and the development token key.
 *
 * <pre>{@code @QuarkusTestResource(value = WspInfraResource.class, initArgs = @ResourceArg(name = "database", value = "account_test"))}</pre>
 */
public class WspInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "wsp_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalInfrastructure.ensureRunning();
        Antwoordcontract.installeer();
        LocalInfrastructure.freshDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", LocalInfrastructure.jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", LocalInfrastructure.bootstrapServers(),
                "mp.jwt.verify.publickey.location", "dev-keys/dev-public.pem",
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // The infrastructure outlives a single Quarkus application: it stops with the JVM (or belongs to ./wsp test).
    }
}
