package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11.1: one bounded reader for every input, whatever kind of file it is. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void devZeroIsRefusedAtOnceInsteadOfFillingTheMemory() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        CommandFailure failure = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(CommandFailure.class, () -> InputFiles.read(zero)));
        assertTrue(failure.getMessage().contains("is larger than 1048576 bytes"), failure.getMessage());

        CommandFailure password = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThrows(CommandFailure.class, () -> PasswordSource.fromFile(zero)));
        assertTrue(password.getMessage().contains("should hold just the password"), password.getMessage());
    }

    @Test
    void inspectOfDevUrandomFailsWithOneLine() {
        Path random = Path.of("/dev/urandom");
        assumeTrue(Files.exists(random), "no /dev/urandom on this system");
        CliRunner.Result result = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> new CliRunner().run("inspect", random, "--json"));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("is larger than"), result::toString);
        assertTrue(!result.err().contains("\tat "), "a stack trace: " + result.err());
    }

    @Test
    void aNamedPipeIsReadToItsEnd() throws Exception {
        Path fifo = dir.resolve("password.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("pipe-password\n".getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        char[] password = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PasswordSource.fromFile(fifo));
        writer.join(10_000);
        assertArrayEquals("pipe-password".toCharArray(), password);
    }

    @Test
    void aDirectoryOrAMissingFileSaysSo() throws Exception {
        assertTrue(assertThrows(CommandFailure.class, () -> InputFiles.read(dir))
                .getMessage()
                .contains("is a directory"));
        assertTrue(assertThrows(CommandFailure.class, () -> InputFiles.read(dir.resolve("missing.pfx")))
                .getMessage()
                .startsWith("cannot read " + dir.resolve("missing.pfx")));
        byte[] small = {1, 2, 3};
        assertArrayEquals(small, InputFiles.read(Files.write(dir.resolve("small.pfx"), small)));
    }

    @Test
    void anErrorEndsTheToolWithOneLineAndExitCode1() {
        picocli.CommandLine commandLine = new picocli.CommandLine(new ThrowsError());
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Main.execute(commandLine, new String[0], new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, exit);
        assertEquals(
                "error: OutOfMemoryError: Java heap space" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @picocli.CommandLine.Command(name = "throws")
    static final class ThrowsError implements Runnable {
        @Override
        public void run() {
            throw new OutOfMemoryError("Java heap space");
        }
    }
}
