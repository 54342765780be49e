package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the files a command produces. An existing file is never replaced unless {@code --force} was given; files
 * with a private key are created with mode 0600 (owner read/write only) where the file system has POSIX
 * permissions, from the first byte on (no window in which the key is readable by others).
 */
final class OutputFiles {

    private final boolean force;

    OutputFiles(ForceOption force) {
        this.force = force.force;
    }

    /** Fails before anything is written if a target exists (without --force) or two targets are the same file. */
    void checkWritable(List<Path> targets) throws CommandFailure {
        Set<Path> seen = new HashSet<>();
        for (Path target : targets) {
            if (!seen.add(target.toAbsolutePath().normalize())) {
                throw new CommandFailure("two outputs would be written to " + target + "; give each its own name");
            }
            if (Files.isDirectory(target)) {
                throw new CommandFailure(target + " is a directory; give a file name");
            }
            if (!force && Files.exists(target)) {
                throw new CommandFailure(
                        target + " already exists; choose another name or add --force to " + "overwrite it");
            }
        }
    }

    /** Writes a file that holds a private key: mode 0600 where supported. */
    void writeSecret(Path target, byte[] content) throws CommandFailure {
        write(target, content, true);
    }

    /** Writes a public file (a certificate) with the default permissions. */
    void writePublic(Path target, byte[] content) throws CommandFailure {
        write(target, content, false);
    }

    private void write(Path target, byte[] content, boolean secret) throws CommandFailure {
        checkWritable(List.of(target));
        try {
            if (force) {
                Files.deleteIfExists(target);
            }
            if (secret && posix(target)) {
                FileAttribute<?> ownerOnly =
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.createFile(target, ownerOnly);
            } else {
                Files.createFile(target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CommandFailure(target + " already exists; choose another name or add --force to overwrite it", e);
        } catch (IOException e) {
            throw new CommandFailure("cannot create " + target + " (" + IoProblem.describe(e) + ")", e);
        }
        try (OutputStream out =
                Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(content);
        } catch (IOException e) {
            deletePartial(target, e);
            throw new CommandFailure("cannot write " + target + " (" + IoProblem.describe(e) + ")", e);
        }
    }

    private static void deletePartial(Path target, IOException failure) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean posix(Path target) {
        return target.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
