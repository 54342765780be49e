package io.jenkins.plugins.azuremgmtcert.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The plugin version of the offline build, computed from the git history as the real build's
 * git-changelist-maven-extension does with {@code -Dchangelist.format=%d.v%s} ({@code .mvn/maven.config}): the number
 * of commits reachable from {@code HEAD}, {@code .v}, and the first 12 hex digits of its hash with {@code _} after
 * every {@code a} and {@code b} (its {@code sanitize}), e.g. {@code 224.vd95c667_b_1234}. So an administrator can tell
 * two offline builds apart, and Jenkins orders them as it orders incremental releases.
 *
 * <p>A tree with uncommitted changes (the real extension refuses to build one) gets {@code -SNAPSHOT} and, in the
 * {@code Plugin-Version}, the {@code (private-…)} suffix maven-hpi-plugin adds to snapshots. Without git history
 * (a source archive) the version is the real build's default, {@code 999999-SNAPSHOT}.
 *
 * <p>Usage: {@code ChangelistVersion REPOSITORY_DIR OUTPUT.properties}; writes {@code plugin.version} and
 * {@code plugin.version.manifest}.
 */
public final class ChangelistVersion {

    static final String NO_HISTORY = "999999-SNAPSHOT";
    private static final int ABBREV_LENGTH = 12;

    private ChangelistVersion() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ChangelistVersion REPOSITORY_DIR OUTPUT.properties");
            System.exit(2);
        }
        Path repository = Path.of(args[0]);
        String version = of(repository);
        Properties properties = new Properties();
        properties.setProperty("plugin.version", version);
        properties.setProperty("plugin.version.manifest", manifestVersion(version, Clock.systemUTC()));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            properties.store(stream, "computed by ChangelistVersion");
        }
        System.out.println("[changelist] plugin version " + version);
    }

    /** The version for the repository's {@code HEAD}, or {@value #NO_HISTORY} without git history. */
    static String of(Path repository) throws IOException, InterruptedException {
        String count = git(repository, "rev-list", "--count", "HEAD");
        String hash = git(repository, "rev-parse", "HEAD");
        if (count == null || hash == null || !count.matches("\\d+") || !hash.matches("[0-9a-f]{40,64}")) {
            return NO_HISTORY;
        }
        String status = git(repository, "status", "--porcelain", "--untracked-files=normal");
        return format(Integer.parseInt(count), hash, status != null && !status.isEmpty());
    }

    /** {@code %d.v%s} with the extension's abbreviation and sanitising; {@code -SNAPSHOT} for a dirty tree. */
    static String format(int count, String hash, boolean dirty) {
        String abbreviated = hash.substring(0, ABBREV_LENGTH).replaceAll("[ab]", "$0_");
        return count + ".v" + abbreviated + (dirty ? "-SNAPSHOT" : "");
    }

    /** What the manifest's {@code Plugin-Version} says: maven-hpi-plugin marks a snapshot as a private build. */
    static String manifestVersion(String version, Clock clock) {
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneOffset.UTC)
                .format(clock.instant());
        return version + " (private-" + when + "-" + System.getProperty("user.name", "unknown") + ")";
    }

    private static String git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null; // no git on this machine
        }
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        return process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8).trim() : null;
    }
}
