package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One inbound (TCP) agent for the whole suite, connected over loopback with the {@code agent.jar} the controller
 * serves: node {@value #NAME} (label {@value #LABEL}, exclusive, so only jobs that ask for the label run there),
 * created through the script console as the administrator. It is started the first time a test asks for it (an
 * {@code InboundAgent} parameter, with {@code @ExtendWith({E2e.class, InboundAgent.Resolver.class})}) and killed when
 * the suite ends, before Jenkins stops. Its root folder is {@code e2e-work/agent}, so tests can read what a build left
 * on the agent straight from the file system.
 */
final class InboundAgent implements AutoCloseable {
    static final String NAME = "e2e-agent";
    static final String LABEL = "e2e-agent";

    private final E2e e2e;
    private final Path root;
    private final Path log;
    private Process process;

    private InboundAgent(E2e e2e, Path root) {
        this.e2e = e2e;
        this.root = root;
        this.log = root.getParent().resolve(NAME + ".log");
    }

    /** Resolves {@code InboundAgent} test parameters; the agent is started once and kept in the root store. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == InboundAgent.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            E2e e2e = context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .get(E2e.class, E2e.class);
            Assumptions.assumeTrue(e2e != null, "end-to-end tests skipped: no real Jenkins");
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(InboundAgent.class, k -> start(e2e), InboundAgent.class);
        }
    }

    private static InboundAgent start(E2e e2e) {
        try {
            InboundAgent agent = new InboundAgent(e2e, e2e.work().resolve("agent"));
            agent.connect();
            return agent;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the inbound agent could not connect", e);
        }
    }

    private void connect() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Files.createDirectories(root);
        String out = e2e.admin().script("""
                import hudson.slaves.*
                import hudson.model.Node
                def j = jenkins.model.Jenkins.get()
                if (j.getNode('%1$s') == null) {
                  def n = new DumbSlave('%1$s', '%2$s', new JNLPLauncher())
                  n.labelString = '%3$s'
                  n.numExecutors = 2
                  n.mode = Node.Mode.EXCLUSIVE
                  n.retentionStrategy = new RetentionStrategy.Always()
                  j.addNode(n)
                }
                println 'SECRET=' + j.getComputer('%1$s').jnlpMac
                """.formatted(NAME, root.toString().replace("\\", "\\\\"), LABEL));
        String secret = out.lines()
                .filter(l -> l.startsWith("SECRET="))
                .map(l -> l.substring("SECRET=".length()).trim())
                .findFirst()
                .orElseThrow(() -> new IOException("no agent secret: " + out));
        Path jar = root.getParent().resolve("agent.jar");
        HttpResponse<byte[]> download = e2e.admin().getBytes("jnlpJars/agent.jar");
        if (download.statusCode() != 200) {
            throw new IOException("jnlpJars/agent.jar answered " + download.statusCode());
        }
        Files.write(jar, download.body());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "-url",
                        e2e.jenkins().url().toString(),
                        "-secret",
                        secret,
                        "-name",
                        NAME,
                        "-workDir",
                        root.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the agent exited (" + process.exitValue() + "):\n" + logText());
            }
            if (online()) {
                System.out.println("[e2e] agent " + NAME + " online in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms, root " + root);
                return;
            }
            Thread.sleep(250);
        }
        close();
        throw new IOException("the agent did not come online in 2 minutes:\n" + logText());
    }

    /** Whether the controller sees the agent online. */
    boolean online() throws IOException, InterruptedException {
        HttpResponse<String> r = e2e.admin().get("computer/" + NAME + "/api/json?tree=offline");
        return r.statusCode() == 200 && r.body().contains("\"offline\":false");
    }

    /** The agent's root folder (its remote FS), on this machine. */
    Path root() {
        return root;
    }

    /** The workspace of a top-level job on the agent. */
    Path workspace(String job) {
        return root.resolve("workspace").resolve(job);
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no agent log: " + e + ")";
        }
    }

    /** Kills the agent process and waits until it has exited. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            System.out.println("[e2e] agent " + NAME + " stopped");
        }
    }
}
