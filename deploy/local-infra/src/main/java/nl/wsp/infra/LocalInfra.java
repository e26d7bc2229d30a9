package nl.wsp.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL server and a real Kafka broker (KRaft, combined broker and controller)
 * in one JVM, for local development and tests. No Docker involved.
 *
 * <pre>
 *   java -jar wsp-local-infra.jar [--pg-port 55432] [--kafka-port 59092] [--data-dir .wsp/data]
 *                                 [--ephemeral] [--databases account,vacancy,...] [--exit-on-stdin-eof]
 *   java -jar wsp-local-infra.jar --no-kafka --pg-port 56140 --data-dir .wsp/cluster       (./wsp cluster: PostgreSQL alone)
 *   java -jar wsp-local-infra.jar --no-postgres --kafka-port 59140 --node-id 1 --cluster-id ID
 *                                 --voters 1@127.0.0.1:59141,2@127.0.0.1:59143,3@127.0.0.1:59145   (one of 3 KRaft nodes)
 *   java -jar wsp-local-infra.jar topics --bootstrap 127.0.0.1:59140 --replication-factor 3 --min-insync-replicas 2
 *   java -jar wsp-local-infra.jar chaos …                                                  (./wsp chaos: load and reconciliation)
 *   java -jar wsp-local-infra.jar token --role adviseur [--partner gemeente-amersfoort] [--key deploy/dev-keys/dev-private.pem]
 *   java -jar wsp-local-infra.jar seed deploy/demo/amersfoort
 *   java -jar wsp-local-infra.jar wait-ready http://127.0.0.1:8081/q/health/ready …
 *   java -jar wsp-local-infra.jar bench-summary --root . --modules matching-service --since EPOCH_MILLIS …   (./wsp bench)
 * </pre>
 *
 * It refuses to start on a port that something else already listens on: otherwise a readiness
 * check would happily accept a stranger's database. Prints {@code WSP-INFRA READY} once both accept connections.
 * <p>
 * For {@code ./wsp cluster} (docs/reliability.md) each part runs in its own JVM, so that one broker can be killed with
 * -9 and PostgreSQL restarted without touching the rest: {@code --no-kafka} starts only PostgreSQL, {@code --no-postgres}
 * only one Kafka node of a static KRaft quorum ({@code --voters}, every node broker and controller, one cluster id), and
 * {@code topics} creates the platform's topics with the replication factor and {@code min.insync.replicas} given.
 */
public final class LocalInfra {

    static final String READY_LINE = "WSP-INFRA READY";

    private final Options options;
    private EmbeddedPostgres postgres;
    private KafkaRaftServer kafka;

    private LocalInfra(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "token" -> {
                    DevToken.main(rest);
                    return;
                }
                case "seed" -> {
                    DemoData.seed(rest);
                    return;
                }
                case "e2e" -> {
                    EndToEnd.run(rest);
                    return;
                }
                case "wait-consumers" -> {
                    Bijgelezen.run(rest);
                    return;
                }
                case "wait-ready" -> {
                    DemoData.waitReady(rest);
                    return;
                }
                case "bench-summary" -> {
                    BenchmarkSummary.main(rest);
                    return;
                }
                case "topics" -> {
                    createTopics(rest);
                    return;
                }
                case "chaos" -> {
                    int rc;
                    try {
                        rc = Chaos.run(rest);
                    } catch (Exception e) {
                        e.printStackTrace();
                        rc = 2; // its HTTP server's threads would keep the JVM alive
                    }
                    System.exit(rc);
                    return;
                }
                default -> {
                    // options of the infrastructure itself
                }
            }
        }
        Options options = Options.parse(args);
        LocalInfra infra = new LocalInfra(options);
        try {
            infra.start();
        } catch (Exception e) {
            System.err.println("WSP-INFRA FAILED: " + e.getMessage());
            infra.stop();
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "wsp-infra-shutdown"));
        System.out.println(READY_LINE + (options.postgres ? " postgres=127.0.0.1:" + options.pgPort : "")
                + (options.kafka ? " kafka=127.0.0.1:" + options.kafkaPort + " node=" + options.nodeId : ""));
        System.out.flush();
        if (options.exitOnStdinEof) {
            waitForEndOfInput(System.in);
            System.exit(0);
        }
        new CountDownLatch(1).await();
    }

    private void start() throws Exception {
        if (options.postgres) {
            stopLeftoverPostgres(options.dataDir.resolve("postgres"));
            requireFree(options.pgPort, "PostgreSQL");
        }
        if (options.kafka) {
            requireFree(options.kafkaPort, "Kafka");
            requireFree(options.controllerPort(), "the Kafka controller");
        }
        Path dataDir = options.dataDir;
        Files.createDirectories(dataDir);
        if (options.postgres) {
            startPostgres(dataDir.resolve("postgres"));
        }
        if (options.kafka) {
            startKafka(dataDir.resolve(options.clustered() ? "kafka-" + options.nodeId : "kafka"));
            if (!options.clustered()) {
                createTopics("127.0.0.1:" + options.kafkaPort, 1, 1);
            }
        }
    }

    /**
     * The services' topics, created before any consumer subscribes: a consumer of a topic that does not exist yet
     * warns UNKNOWN_TOPIC_OR_PARTITION until a producer's first message creates it.
     */
    static final List<String> TOPICS = List.of(
            "wsp.account.partners", "wsp.account.adviseurs", "wsp.account.werkgevers", "wsp.account.contactverzoeken",
            "wsp.account.nps", "wsp.account.evenementen", "wsp.vacancy.vacatures", "wsp.vacancy.partner-vacatures", "wsp.vacancy.dead-letters", "wsp.matching.kandidaten",
            "wsp.matching.voordrachten", "wsp.matching.plaatsingen", "wsp.matching.instrumenten",
            "wsp.matching.dead-letters", "wsp.reporting.doelstelling-status", "wsp.reporting.dead-letters",
            "wsp.account.teams", // issue 17 item 4 (docs/adr/0033)
            "wsp.account.sroi-verplichtingen", // issue 17 item 6 (docs/adr/0032)
            "wsp.matching.kandidatenpools"); // issue 18 items 5 and 7 (docs/adr/0043)

    /** {@code topics --bootstrap HOST:PORT[,…] [--replication-factor 3] [--min-insync-replicas 2]}: the cluster's topics. */
    private static void createTopics(String[] args) throws Exception {
        String bootstrap = null;
        int replicationFactor = 3;
        int minInsync = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--replication-factor" -> replicationFactor = Integer.parseInt(args[++i]);
                case "--min-insync-replicas" -> minInsync = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (bootstrap == null) {
            throw new IllegalArgumentException("topics needs --bootstrap");
        }
        createTopics(bootstrap, replicationFactor, minInsync);
        System.out.println("topics: " + TOPICS.size() + " with replication factor " + replicationFactor
                + ", min.insync.replicas " + minInsync);
    }

    /**
     * Creates the missing topics of {@link #TOPICS} (3 partitions). With a replication factor above 1 each also gets
     * {@code min.insync.replicas}: with {@code acks=all} (the outbox relay) a write is acknowledged only once that many
     * replicas have it, so the loss of one broker loses no acknowledged event.
     */
    static void createTopics(String bootstrap, int replicationFactor, int minInsync) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> replicationFactor == 1 ? new NewTopic(t, Optional.empty(), Optional.empty())
                            : new NewTopic(t, 3, (short) replicationFactor)
                                    .configs(java.util.Map.of("min.insync.replicas", String.valueOf(minInsync))))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * PostgreSQL runs as its own daemon (pg_ctl puts it outside this JVM's process group): a launcher killed with -9
     * leaves it running on the port. Its pid file in our data directory names it; stop it before starting afresh.
     */
    static void stopLeftoverPostgres(Path dir) {
        postmaster(dir).ifPresent(pm -> {
            System.err.println("stopping PostgreSQL (pid " + pm.pid() + ") left running by an earlier launcher");
            stopPostmaster(pm);
        });
    }

    /** The running postmaster of this data directory, from its postmaster.pid. */
    static Optional<ProcessHandle> postmaster(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM (a smart shutdown: no client is left), then SIGKILL of it and its children after 30 s. */
    static void stopPostmaster(ProcessHandle pm) {
        List<ProcessHandle> children = pm.descendants().toList();
        pm.destroy();
        try {
            pm.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
            pm.destroyForcibly();
        }
        children.forEach(c -> c.onExit().completeOnTimeout(c, 10, TimeUnit.SECONDS).join());
    }

    private void startPostgres(Path dir) throws IOException, SQLException {
        if (options.ephemeral) {
            deleteRecursively(dir); // initdb wants an empty directory (a launcher killed with -9 left one behind)
        }
        Files.createDirectories(dir);
        postgres = EmbeddedPostgres.builder()
                .setPort(options.pgPort)
                .setDataDirectory(dir)
                .setCleanDataDirectory(options.ephemeral)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                // matching reads a projection of up to a million candidates: keep it in PostgreSQL's own cache
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("fsync", options.ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", options.ephemeral ? "off" : "on")
                .setRegisterShutdownHook(false)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : options.databases) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE \"" + db + "\"");
                    }
                }
            }
        }
    }

    private void startKafka(Path dir) throws IOException {
        if (options.ephemeral) {
            deleteRecursively(dir);
        }
        Files.createDirectories(dir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(options.nodeId));
        props.put("controller.quorum.voters", options.clustered() ? options.voters : "1@127.0.0.1:" + options.controllerPort());
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + options.kafkaPort + ",CONTROLLER://127.0.0.1:" + options.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + options.kafkaPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.resolve("logs").toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // one node: everything once; a quorum of three: every topic on 3 brokers, and 2 of them must have a write
        String replicas = options.clustered() ? "3" : "1";
        String minIsr = options.clustered() ? "2" : "1";
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", minIsr);
        props.put("offsets.topic.replication.factor", replicas);
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.retention.hours", "-1");
        Path config = dir.resolve("server.properties");
        try (var out = Files.newOutputStream(config)) {
            props.store(out, "generated by wsp-local-infra");
        }
        if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
            String clusterId = options.clusterId != null ? options.clusterId : Uuid.randomUuid().toString();
            int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()},
                    new PrintStream(PrintStream.nullOutputStream()));
            if (rc != 0) {
                throw new IllegalStateException("could not format Kafka storage in " + dir + " (exit " + rc + ")");
            }
        }
        kafka = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        kafka.startup();
        waitForPort(options.kafkaPort, 120_000);
    }

    private void stop() {
        if (kafka != null) {
            try {
                kafka.shutdown();
                kafka.awaitShutdown();
            } catch (RuntimeException e) {
                System.err.println("Kafka did not stop cleanly: " + e.getMessage());
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
            // pg_ctl stop returns before the last backend has gone; make sure nothing of it outlives us
            postmaster(options.dataDir.resolve("postgres")).ifPresent(LocalInfra::stopPostmaster);
        }
        if (options.ephemeral) {
            deleteRecursively(options.dataDir);
        }
    }

    static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a port in TIME_WAIT is free; only a listener makes it taken
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " for " + what
                    + " is already taken by another process; choose another port or stop that process");
        }
    }

    private static void waitForPort(int port, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after " + timeoutMillis + " ms");
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // a parent process keeps the pipe open for as long as it wants us alive
            }
        } catch (IOException ignored) {
            // the pipe broke: the parent is gone
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

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Options(int pgPort, int kafkaPort, Path dataDir, boolean ephemeral, List<String> databases, boolean exitOnStdinEof,
                   boolean postgres, boolean kafka, int nodeId, String voters, String clusterId) {

        int controllerPort() {
            return kafkaPort + 1;
        }

        /** One node of a quorum of several ({@code --voters}): its topics come from the {@code topics} command. */
        boolean clustered() {
            return voters != null;
        }

        static Options parse(String[] args) throws IOException {
            int pgPort = 55432;
            int kafkaPort = 59092;
            Path dataDir = null;
            boolean ephemeral = false;
            boolean exitOnEof = false;
            boolean postgres = true;
            boolean kafka = true;
            int nodeId = 1;
            String voters = null;
            String clusterId = null;
            List<String> databases = new ArrayList<>(List.of("account", "vacancy", "matching", "reporting"));
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                    case "--kafka-port" -> kafkaPort = Integer.parseInt(args[++i]);
                    case "--data-dir" -> dataDir = Path.of(args[++i]);
                    case "--ephemeral" -> ephemeral = true;
                    case "--exit-on-stdin-eof" -> exitOnEof = true;
                    case "--databases" -> databases = List.of(args[++i].split(","));
                    case "--no-postgres" -> postgres = false;
                    case "--no-kafka" -> kafka = false;
                    case "--node-id" -> nodeId = Integer.parseInt(args[++i]);
                    case "--voters" -> voters = args[++i];
                    case "--cluster-id" -> clusterId = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dataDir == null) {
                dataDir = ephemeral ? Files.createTempDirectory("wsp-infra-") : Path.of(".wsp", "data");
            }
            if (!postgres && !kafka) {
                throw new IllegalArgumentException("--no-postgres and --no-kafka together leave nothing to start");
            }
            return new Options(pgPort, kafkaPort, dataDir.toAbsolutePath(), ephemeral, databases, exitOnEof,
                    postgres, kafka, nodeId, voters, clusterId);
        }
    }
}
