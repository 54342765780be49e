package io.jenkins.plugins.azuremgmtcert.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelistVersionTest {

    @TempDir
    Path dir;

    @Test
    void formatsAsTheChangelistExtensionDoes() {
        // git-changelist-maven-extension: String.format("%d.v%s", count, sanitize(abbreviate(12)))
        assertEquals("224.vd95c667b_a_120", ChangelistVersion.format(224, "d95c667ba120" + "0".repeat(28), false));
        assertEquals("7.v0123456789a_b_", ChangelistVersion.format(7, "0123456789ab" + "c".repeat(28), false));
    }

    @Test
    void aDirtyTreeIsASnapshotMarkedPrivate() {
        String version = ChangelistVersion.format(3, "f".repeat(40), true);
        assertEquals("3.vffffffffffff-SNAPSHOT", version);
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T01:30:00Z"), ZoneOffset.UTC);
        assertTrue(
                ChangelistVersion.manifestVersion(version, clock)
                        .startsWith("3.vffffffffffff-SNAPSHOT (private-2026-12-06 01:30-"),
                ChangelistVersion.manifestVersion(version, clock));
        assertEquals("3.vffffffffffff", ChangelistVersion.manifestVersion("3.vffffffffffff", clock));
    }

    @Test
    void countsTheCommitsOfARealRepository() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        git("add", "a.txt");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
        Files.writeString(dir.resolve("a.txt"), "b");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-am", "two");
        String version = ChangelistVersion.of(dir);
        assertTrue(version.matches("2\\.v[0-9a-f_]{12,24}"), version);
        assertEquals(12, version.substring("2.v".length()).replace("_", "").length(), version);

        Files.writeString(dir.resolve("a.txt"), "c");
        assertTrue(ChangelistVersion.of(dir).endsWith("-SNAPSHOT"), "uncommitted change");
    }

    @Test
    void withoutHistoryItIsTheRealBuildsDefault() throws Exception {
        assertEquals(ChangelistVersion.NO_HISTORY, ChangelistVersion.of(dir));
    }

    private void git(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(concat(List.of("git", "-C", dir.toString()), args))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "git " + String.join(" ", args));
        assertEquals(0, p.exitValue(), out);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
