package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Jenkins 2.541.3 of the real Jenkins bundle ({@code E2E_BUNDLE}), started with {@code bin/start} on loopback with a fresh home,
 * the plugin's {@code .hpi} and an inbound agent port, and stopped with {@code bin/stop}. A restart keeps the home and
 * the port, as a controller restart does.
 */
final class RealJenkins {
    private final Path bundle;
    private final Path home;
    private final Path hpi;
    private final List<String> javaOptions;
    private URI url;
    private int port;
    private int agentPort;
    private Duration lastStartup = Duration.ZERO;

    RealJenkins(Path bundle, Path home, Path hpi, List<String> javaOptions) {
        this.bundle = bundle;
        this.home = home;
        this.hpi = hpi;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /** Starts Jenkins; on a restart with the port it had before. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                bundle.resolve("bin/start").toString(),
                "--home",
                home.toString(),
                "--plugin",
                hpi.toString(),
                "--port",
                Integer.toString(port),
                "--agent-port",
                Integer.toString(agentPort),
                "--timeout",
                "240"));
        for (String option : javaOptions) {
            command.add("--java-opt");
            command.add(option);
        }
        long started = System.nanoTime();
        Map<String, String> printed = run(command, Duration.ofMinutes(5));
        lastStartup = Duration.ofNanos(System.nanoTime() - started);
        url = URI.create(printed.get("URL") + "/");
        port = Integer.parseInt(printed.get("PORT"));
        agentPort = Integer.parseInt(printed.getOrDefault("AGENT_PORT", "0"));
    }

    void stop() throws IOException, InterruptedException {
        run(List.of(bundle.resolve("bin/stop").toString(), "--home", home.toString()), Duration.ofMinutes(2));
    }

    /**
     * Stops and starts the controller with the same home. {@code bin/stop} sends SIGTERM, and the bundle's Jetty
     * launcher registers no shutdown hook, so Jenkins' own shutdown ({@code Jenkins.cleanUp()}: saving running
     * Pipelines, closing agents) does not run: use {@link #exitCleanly} first for an administrator's restart.
     */
    void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    /**
     * Shuts the controller down as Jenkins does on a restart ({@code POST /exit}: {@code Jenkins.cleanUp()}, which
     * saves every running Pipeline, then the JVM exits) and waits until the process has gone.
     */
    void exitCleanly(JenkinsClient admin) throws IOException, InterruptedException {
        ProcessHandle process = process();
        var response = admin.postForm("exit", Map.of());
        if (response.statusCode() >= 400) {
            throw new IOException("POST exit answered " + response.statusCode() + ": " + response.body());
        }
        waitForExit(process, Duration.ofMinutes(2));
    }

    private ProcessHandle process() throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("jenkins.pid")).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("Jenkins (PID " + pid + ") is not running"));
    }

    private static void waitForExit(ProcessHandle process, Duration timeout) throws IOException, InterruptedException {
        try {
            process.onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("Jenkins (PID " + process.pid() + ") did not exit in " + timeout, e);
        }
    }

    /** The root URL, ending with {@code /jenkins/}. */
    URI url() {
        return url;
    }

    Path home() {
        return home;
    }

    Path log() {
        return home.resolve("jenkins.log");
    }

    Duration lastStartup() {
        return lastStartup;
    }

    private static Map<String, String> run(List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeout);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + out);
        }
        Map<String, String> values = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    /** The last lines of the controller's log, for a failure message. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
