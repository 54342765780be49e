package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
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
 * A {@link SecretDirectory} on the local file system. Where the file system has POSIX permissions, folders are
 * created with mode 0700 and files with mode 0400 in the same system call that creates them, so no other user can
 * open them even for a moment. On other file systems (Windows) the entries inherit the parent folder's access list
 * and files are marked read-only.
 */
public final class LocalSecretDirectory implements SecretDirectory {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final FileAttribute<?>[] PRIVATE_DIRECTORY = posix("rwx------");
    private static final FileAttribute<?>[] PRIVATE_FILE = posix("r--------");

    private final Path path;

    /** The folder at {@code path}; nothing is created. */
    public LocalSecretDirectory(Path path) {
        this.path = path.toAbsolutePath();
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
        return new LocalSecretDirectory(Files.createDirectory(resolve(name), PRIVATE_DIRECTORY));
    }

    @Override
    public String createPrivateFile(String name, byte[] content) throws IOException {
        Path file = resolve(name);
        try (SeekableByteChannel channel = Files.newByteChannel(
                file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PRIVATE_FILE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        if (!POSIX) {
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
            if (POSIX) {
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

    private static FileAttribute<?>[] posix(String permissions) {
        if (!POSIX) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }
}
