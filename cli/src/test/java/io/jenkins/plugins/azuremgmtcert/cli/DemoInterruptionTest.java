package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 11.5: a demo stopped with SIGTERM (as Ctrl-C) leaves no folder with password-free private keys behind. */
class DemoInterruptionTest {

    private static final Pattern FOLDER = Pattern.compile("Files go to \\$DEMO = (\\S+) \\(deleted at the end\\)");

    @Test
    void aTerminatedDemoDeletesItsFolder() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "destroy() is no SIGTERM on Windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process demo = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "demo")
                .redirectErrorStream(true)
                .start();
        Path folder = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = FOLDER.matcher(line);
                if (m.find()) {
                    folder = Path.of(m.group(1));
                    break;
                }
            }
            assertNotNull(folder, "the demo did not say where its files go");
            // wait until the first file exists, then stop it in the middle of its work
            long deadline = System.currentTimeMillis() + 30_000;
            while (!Files.exists(folder.resolve("simulators-ca.pem")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.isDirectory(folder), folder + " should exist while the demo runs");
            demo.destroy(); // SIGTERM, as Ctrl-C or a CI's timeout
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo did not end on SIGTERM");
        } finally {
            demo.destroyForcibly();
        }
        assertFalse(Files.exists(folder), folder + " was left behind");
    }
}
