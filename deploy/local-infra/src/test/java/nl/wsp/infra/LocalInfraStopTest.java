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
        assertTrue(gestopt(postmaster), "the next launcher stopped the one left running");
        ProcessHandle nieuw = LocalInfra.postmaster(data.resolve("postgres")).orElseThrow();
        List<ProcessHandle> kinderen = nieuw.descendants().toList();

        tweede.destroy(); // SIGTERM, as ./wsp's cleanup and Ctrl-C send
        assertTrue(tweede.waitFor(120, TimeUnit.SECONDS), "the launcher exits");
        assertTrue(gestopt(nieuw), "PostgreSQL stopped with the launcher");
        assertTrue(kinderen.stream().allMatch(LocalInfraStopTest::gestopt), "and every one of its processes");
    }

    /**
     * Whether a process has ended. A process that exited but is not yet reaped (a zombie: PostgreSQL's processes are
     * re-parented to PID 1, which in a container may reap late) has ended too, though Java still calls it alive;
     * the kernel lets it go within moments, so this looks for up to 30 s.
     */
    private static boolean gestopt(ProcessHandle proces) {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (proces.isAlive() && !zombie(proces)) {
            if (System.nanoTime() > tot) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean zombie(ProcessHandle proces) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", String.valueOf(proces.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException gone) {
            return !proces.isAlive();
        }
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
