package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The demo's temporary folder: created owner-only, deleted with everything in it at the end. */
final class DemoFolder {

    private DemoFolder() {}

    /** A new folder in the system's temporary folder (owner-only where POSIX, as the JDK creates it). */
    static Path create() throws CommandFailure {
        return create("azure-mgmt-cert-demo-");
    }

    /** A new folder whose name starts with {@code prefix} in the system's temporary folder. */
    static Path create(String prefix) throws CommandFailure {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new CommandFailure("cannot create a temporary folder (" + IoProblem.describe(e) + ")", e);
        }
    }

    /**
     * Deletes {@code folder} also when the process is interrupted (Ctrl-C, SIGTERM), which skips {@code finally}
     * blocks but runs shutdown hooks; close the returned handle once the folder was deleted the normal way.
     */
    static AutoCloseable deleteOnInterruption(Path folder) {
        Thread hook = new Thread(() -> delete(folder, new java.util.ArrayList<>()), "azure-mgmt-cert demo clean-up");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it deletes the folder
            }
        };
    }

    /** Deletes {@code folder} and its content; what cannot be deleted is added to {@code problems}. */
    static void delete(Path folder, List<String> problems) {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            problems.add("cannot list " + folder + " to delete it (" + IoProblem.describe(e) + ")");
            return;
        }
        for (Path entry : entries) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                problems.add("cannot delete " + entry + " (" + IoProblem.describe(e) + ")");
            }
        }
    }
}
