package nl.wsp.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL runs outside the launcher's process group (pg_ctl daemonises it), so nothing but the launcher itself
 * stops it. Stopping the launcher stops PostgreSQL and every backend; a launcher killed with -9 leaves PostgreSQL
 * running, and the next launcher on the same data directory stops that one before it starts.
 */
class LocalInfraStopTest {

    @Test
    void stoppingTheLauncherStopsPostgresAndItsChildrenAndALeftoverIsStoppedByTheNextLauncher(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        int pg = vrijePoort();
        int kafka = vrijePoort();

        Process eerste = start(pg, kafka, data);
        ProcessHandle postmaster = LocalInfra.postmaster(data.resolve("postgres")).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        assertFalse(backends.isEmpty(), "PostgreSQL's checkpointer, writer, … run as its children");
        eerste.destroyForcibly().waitFor();
        assertTrue(postmaster.isAlive(), "a launcher killed with -9 cannot stop PostgreSQL: it outlives it");

        Process tweede = start(pg, kafka, data);
        assertFalse(postmaster.isAlive(), "the next launcher stopped the one left running");
        ProcessHandle nieuw = LocalInfra.postmaster(data.resolve("postgres")).orElseThrow();
        List<ProcessHandle> kinderen = nieuw.descendants().toList();

        tweede.destroy(); // SIGTERM, as ./wsp's cleanup and Ctrl-C send
        assertTrue(tweede.waitFor(120, TimeUnit.SECONDS), "the launcher exits");
        assertFalse(nieuw.isAlive(), "PostgreSQL stopped with the launcher");
        assertTrue(kinderen.stream().noneMatch(ProcessHandle::isAlive), "and every one of its processes");
    }

    private static Process start(int pg, int kafka, Path data) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), LocalInfra.class.getName(),
                "--pg-port", String.valueOf(pg), "--kafka-port", String.valueOf(kafka), "--data-dir", data.toString(),
                "--ephemeral", "--databases", "proef")
                .redirectErrorStream(true).start();
        BufferedReader uit = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder gezien = new StringBuilder();
        for (String regel = uit.readLine(); regel != null; regel = uit.readLine()) {
            gezien.append(regel).append('\n');
            if (regel.startsWith(LocalInfra.READY_LINE)) {
                Thread lezer = new Thread(() -> {
                    try {
                        while (uit.readLine() != null) {
                            // keep the pipe drained
                        }
                    } catch (IOException ignored) {
                        // the launcher is gone
                    }
                });
                lezer.setDaemon(true);
                lezer.start();
                return p;
            }
        }
        throw new AssertionError("the launcher stopped before it was ready:\n" + gezien);
    }

    /** A port nothing listens on, and the one above it (Kafka's controller) too. */
    private static int vrijePoort() throws IOException {
        while (true) {
            int poort;
            try (ServerSocket s = new ServerSocket(0)) {
                poort = s.getLocalPort();
            }
            try (ServerSocket s = new ServerSocket(poort + 1)) {
                return poort;
            } catch (IOException bezet) {
                // try another
            }
        }
    }
}
