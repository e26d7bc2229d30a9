package nl.wsp.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL and Kafka the tests talk to. If both test ports already answer (./wsp test
 * started them once for every module), they are reused; if neither does, the launcher of
 * deploy/local-infra is started as a child process that ends with this JVM. One open and one closed
 * port is a mistake we refuse to paper over.
 */
public final class LocalInfrastructure {

    public static final int PG_PORT = Integer.getInteger("wsp.test.pg-port",
            Integer.parseInt(System.getenv().getOrDefault("WSP_TEST_PG_PORT", "55433")));
    public static final int KAFKA_PORT = Integer.getInteger("wsp.test.kafka-port",
            Integer.parseInt(System.getenv().getOrDefault("WSP_TEST_KAFKA_PORT", "59094")));

    private static Process child;
    private static final Set<String> freshDatabases = new HashSet<>();

    private LocalInfrastructure() {
    }

    public static synchronized void ensureRunning() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            boolean pg = listening(PG_PORT);
            boolean kafka = listening(KAFKA_PORT);
            if (pg && kafka) {
                return;
            }
            if (!pg && !kafka) {
                startChild();
                return;
            }
            // one answers and the other does not: a stack that is starting or stopping; give it time
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only one of PostgreSQL (" + PG_PORT + ") and Kafka (" + KAFKA_PORT
                        + ") answers; stop the stray process or start both with ./wsp infra");
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/" + database;
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    /** Drops and creates the database once per test JVM, so every run starts from Flyway's first migration. */
    public static synchronized void freshDatabase(String database) {
        if (!freshDatabases.add(database)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
    }

    private static void startChild() {
        Path jar = findLauncher();
        try {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString(),
                    "--pg-port", String.valueOf(PG_PORT), "--kafka-port", String.valueOf(KAFKA_PORT),
                    "--ephemeral", "--exit-on-stdin-eof")
                    .redirectErrorStream(true);
            child = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(LocalInfrastructure::stopChild, "wsp-test-infra-stop"));
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("WSP-INFRA READY")) {
                    Thread drain = new Thread(() -> drain(out), "wsp-test-infra-output");
                    drain.setDaemon(true);
                    drain.start();
                    return;
                }
            }
            throw new IllegalStateException("the local infrastructure did not start:\n" + seen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe from filling up
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    private static void stopChild() {
        if (child != null && child.isAlive()) {
            try {
                child.getOutputStream().close();
                if (!child.waitFor(20, TimeUnit.SECONDS)) {
                    child.destroy();
                }
            } catch (IOException | InterruptedException e) {
                child.destroy();
            }
        }
    }

    private static Path findLauncher() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path jar = d.resolve("deploy/local-infra/target/wsp-local-infra.jar");
            if (Files.exists(jar)) {
                return jar;
            }
        }
        throw new IllegalStateException("deploy/local-infra/target/wsp-local-infra.jar not found above " + dir
                + "; build it with: mvn -pl deploy/local-infra package");
    }

    static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
