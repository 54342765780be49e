package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code openssl} or {@code keytool} in a test's temporary folder, with a timeout, and fails the test unless
 * the tool exits with 0. Used where interoperability is the point: what those tools write, we read, and the other
 * way round. Where the tool is not installed (a Windows agent without OpenSSL, say), the test is skipped with that
 * reason instead of failing: a missing tool says nothing about the plugin.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 60;

    private ExternalTool() {}

    /** Runs {@code openssl args...} in {@code dir}; returns stdout and stderr together. */
    public static String openssl(Path dir, String... args) {
        return run(dir, Map.of(), "openssl", args);
    }

    /**
     * Runs {@code openssl args...} in {@code dir} with {@code environment} added to its environment, so that a
     * password can be passed as {@code env:NAME} rather than on the command line; returns stdout and stderr together.
     */
    public static String openssl(Path dir, Map<String, String> environment, String... args) {
        return run(dir, environment, "openssl", args);
    }

    /** Runs {@code keytool args...} in {@code dir}; returns stdout and stderr together. */
    public static String keytool(Path dir, String... args) {
        return run(
                dir,
                Map.of(),
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                args);
    }

    /** The exit code and output of a command that may fail. */
    public record Result(int exitCode, String output) {}

    /** Runs {@code openssl args...} and returns its exit code and output without asserting success. */
    public static Result opensslAllowingFailure(Path dir, String... args) {
        return execute(dir, Map.of(), "openssl", args);
    }

    static String run(Path dir, Map<String, String> environment, String tool, String... args) {
        Result result = execute(dir, environment, tool, args);
        assertEquals(0, result.exitCode(), () -> tool + " " + String.join(" ", args) + " failed:\n" + result.output());
        return result.output();
    }

    private static Result execute(Path dir, Map<String, String> environment, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> output.append(readAll(process.getInputStream())));
            reader.start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertTrue(finished, () -> tool + " " + String.join(" ", args) + " did not finish in time");
            reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            return new Result(process.exitValue(), output.toString());
        } catch (IOException e) {
            // ProcessBuilder.start: the program is not on the PATH (or cannot be executed) on this machine
            Assumptions.abort(
                    tool + " is not installed here, so this interoperability test is skipped: " + e.getMessage());
            throw new AssertionError("unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + tool, e);
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}
