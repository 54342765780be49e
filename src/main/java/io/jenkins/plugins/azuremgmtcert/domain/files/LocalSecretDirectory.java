package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link SecretDirectory} on a local file system. Where the file system has POSIX permissions, folders are created
 * with mode 0700 and files with mode 0400 in the same system call that creates them, so no other user can open them
 * even for a moment. Where it has access lists instead (NTFS on Windows), every folder and file gets an access list
 * that allows its owner only ({@link OwnerOnlyAccess}; a file is created in a folder that is owner-only already, so
 * it is never readable by others either), and files are also marked read-only.
 */
public final class LocalSecretDirectory implements SecretDirectory {

    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];
    private static final FileAttribute<?>[] PRIVATE_DIRECTORY = {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
    };
    private static final FileAttribute<?>[] PRIVATE_FILE = {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--------"))
    };

    private final Path path;
    private final boolean posix;
    private final boolean acl;

    /** The folder at {@code path}; nothing is created. */
    public LocalSecretDirectory(Path path) {
        this.path = path.toAbsolutePath();
        this.posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
        this.acl = OwnerOnlyAccess.applies(path);
    }

    /**
     * Creates the folder {@code path} (and its parents) if needed and makes it usable by its owner only: mode 0700, or
     * the owner-only access list, which what is created in it inherits. For the shared folder that holds the
     * certificate folders.
     */
    public static void ensurePrivateDirectory(Path path) throws IOException {
        Path folder = Files.createDirectories(path);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } else if (OwnerOnlyAccess.applies(folder)) {
            OwnerOnlyAccess.restrict(folder, true);
        }
    }

    @Override
    public String path() {
        return path.toString();
    }

    @Override
    public SecretDirectory child(String name) {
        return new LocalSecretDirectory(resolve(name));
    }

    @Override
    public SecretDirectory createPrivateDirectory(String name) throws IOException {
        Path folder = Files.createDirectory(resolve(name), posix ? PRIVATE_DIRECTORY : NONE);
        if (acl) {
            OwnerOnlyAccess.restrict(folder, true);
        }
        return new LocalSecretDirectory(folder);
    }

    @Override
    public String createPrivateFile(String name, byte[] content) throws IOException {
        Path file = resolve(name);
        try (SeekableByteChannel channel = Files.newByteChannel(
                file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), posix ? PRIVATE_FILE : NONE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        if (acl) {
            OwnerOnlyAccess.restrict(file, false);
        }
        if (!posix && file.getFileSystem().supportedFileAttributeViews().contains("dos")) {
            Files.setAttribute(file, "dos:readonly", true);
        }
        return file.toString();
    }

    @Override
    public List<String> listFiles() throws IOException {
        return list(false);
    }

    @Override
    public List<String> listDirectories() throws IOException {
        return list(true);
    }

    @Override
    public boolean deleteFile(String name) throws IOException {
        Path file = resolve(name);
        try {
            return Files.deleteIfExists(file);
        } catch (AccessDeniedException e) {
            if (posix) {
                throw e;
            }
            Files.setAttribute(file, "dos:readonly", false);
            return Files.deleteIfExists(file);
        }
    }

    @Override
    public boolean delete() throws IOException {
        return Files.deleteIfExists(path);
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private List<String> list(boolean directories) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                Path name = entry.getFileName();
                if (name != null && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) == directories) {
                    names.add(name.toString());
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        }
        return names;
    }

    private Path resolve(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return path.resolve(name);
    }
}
