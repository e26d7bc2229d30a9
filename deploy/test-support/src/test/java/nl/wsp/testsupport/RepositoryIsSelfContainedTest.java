package nl.wsp.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clone must run on its own: no tracked file may point at a path outside the repository (the sibling folder
 * named shared that a developer's machine happens to have one level up, the machine's {@code /work}, a home directory).
 */
class RepositoryIsSelfContainedTest {

    /** A reference to a location outside the repository; each alternative names one way it has been written. */
    static final Pattern BUITEN = Pattern.compile(
            "(\\.\\./)+shared\\b"                       // the sibling folder, one or more levels up
            + "|(?<![\\w.-])shared/(data|docs|seeds)\\b" // shared/data/regions.csv written as if it were here
            + "|(?<![\\w.])/work/"                       // the machine's work folder
            + "|(?<![\\w.])/(home|Users)/[\\w.-]+/"       // someone's home directory
            + "|(?<![\\w.])/tmp/wsp-");                  // a worktree or clone

    /** Text files only (this file itself spells the patterns out, so it is skipped too). */
    static final Set<String> BINAIR = Set.of(".gz", ".pem", ".png", ".jpg", ".jar");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("wsp"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "the repository root (the folder holding ./wsp) lies above " + Path.of("").toAbsolutePath());
        return dir;
    }

    /** The tracked files when this is a git checkout, otherwise every file outside build output. */
    static List<Path> bestanden(Path root) throws IOException, InterruptedException {
        if (Files.isDirectory(root.resolve(".git")) || Files.isRegularFile(root.resolve(".git"))) {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectErrorStream(true).start();
            byte[] uit = git.getInputStream().readAllBytes();
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0) {
                List<Path> files = new ArrayList<>();
                for (String naam : new String(uit, StandardCharsets.UTF_8).split("\0")) {
                    if (!naam.isEmpty() && Files.isRegularFile(root.resolve(naam))) {
                        files.add(root.resolve(naam));
                    }
                }
                return files;
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of("target", ".git", ".wsp").noneMatch(d -> root.relativize(p).toString().startsWith(d + "/")
                            || root.relativize(p).toString().contains("/" + d + "/")))
                    .toList();
        }
    }

    static List<String> verwijzingenNaarBuiten(Path root, List<Path> files) {
        List<String> gevonden = new ArrayList<>();
        for (Path file : files) {
            String naam = file.getFileName().toString();
            if (BINAIR.stream().anyMatch(naam::endsWith) || naam.equals(RepositoryIsSelfContainedTest.class.getSimpleName() + ".java")) {
                continue;
            }
            String tekst;
            try {
                tekst = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                continue; // not text
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] regels = tekst.split("\n", -1);
            for (int i = 0; i < regels.length; i++) {
                Matcher m = BUITEN.matcher(regels[i]);
                if (m.find()) {
                    gevonden.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return gevonden;
    }

    @Test
    void noTrackedFileRefersToAPathOutsideTheRepository() throws Exception {
        Path root = root();
        List<Path> files = bestanden(root);
        assertTrue(files.size() > 100, "the walk found the repository's files (" + files.size() + ")");
        assertEquals(List.of(), verwijzingenNaarBuiten(root, files));
    }

    @Test
    void theCheckRecognisesEveryFormOfAnOutsideReference(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String sibling = ".." + "/shared"; // spelt in two parts, so that this file itself names no outside path
        Files.writeString(dir.resolve("a.properties"), "wsp.esco.directory=" + sibling + "/data/esco\n");
        Files.writeString(dir.resolve("b.md"), "see [domain](../" + sibling + "/docs/domain.md)\n");
        Files.writeString(dir.resolve("c.java"), "/** from shared/data/regions.csv */\n");
        Files.writeString(dir.resolve("d.sql"), "-- ESCO (/work/shared/data/esco)\n");
        Files.writeString(dir.resolve("e.sh"), "cd /home/dev/wsp && ./wsp up\n");
        Files.writeString(dir.resolve("f.md"), "data in `data/esco`, shared by two services; ../data/figures\n");
        List<String> gevonden = verwijzingenNaarBuiten(dir, List.of(dir.resolve("a.properties"), dir.resolve("b.md"),
                dir.resolve("c.java"), dir.resolve("d.sql"), dir.resolve("e.sh"), dir.resolve("f.md")));
        assertEquals(List.of("a.properties:1: " + sibling, "b.md:1: ../" + sibling, "c.java:1: shared/data", "d.sql:1: /work/",
                "e.sh:1: /home/dev/"), gevonden);
    }
}
