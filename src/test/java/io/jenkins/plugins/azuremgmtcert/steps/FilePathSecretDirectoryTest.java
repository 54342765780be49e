package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hudson.FilePath;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateFileSet;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FilePath adapter over a local {@code FilePath(File)}: the same callables run on an agent. */
class FilePathSecretDirectoryTest {

    @TempDir
    Path root;

    private final CertificateFileSet files =
            new CertificateFileSet(new byte[] {1, 2}, "Password123", new byte[] {3}, new byte[] {4});

    @Test
    void writesBesideTheWorkspaceInAnOwnerOnlyFolder() throws Exception {
        Path workspace = Files.createDirectories(root.resolve("ws"));
        FilePathSecretDirectory parent = FilePathSecretDirectory.parentFor(new FilePath(workspace.toFile()));
        assertEquals(root.resolve("ws@tmp/azure-mgmt-cert").toString(), parent.path());
        try (MaterializedCertificate written = new CertificateMaterializer().materialize(files, parent)) {
            assertTrue(Files.isRegularFile(Path.of(written.pfxPath())));
            assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
            assertEquals("rwx------", mode(root.resolve("ws@tmp/azure-mgmt-cert")));
            assertEquals("rwx------", mode(Path.of(written.folderPath())));
            assertEquals("r--------", mode(Path.of(written.pemPath())));
        }
    }

    @Test
    void unbindDeletesOnlyItsOwnFolder() throws Exception {
        Path workspace = Files.createDirectories(root.resolve("ws"));
        FilePath ws = new FilePath(workspace.toFile());
        CertificateMaterializer materializer = new CertificateMaterializer();
        MaterializedCertificate mine = materializer.materialize(files, FilePathSecretDirectory.parentFor(ws));
        MaterializedCertificate other = materializer.materialize(files, FilePathSecretDirectory.parentFor(ws));

        CertificateBinder.unbind(ws, mine.folderName());
        CertificateBinder.unbind(ws, mine.folderName());

        assertFalse(Files.exists(Path.of(mine.folderPath())));
        assertTrue(Files.isRegularFile(Path.of(other.pfxPath())));
        other.close();
        try (Stream<Path> rest = Files.list(root.resolve("ws@tmp/azure-mgmt-cert"))) {
            assertEquals(List.of(), rest.toList());
        }
    }

    @Test
    void unbindOfTheLastFolderDeletesTheSharedFolderSoNothingIsLeft() throws Exception {
        Path workspace = Files.createDirectories(root.resolve("ws"));
        FilePath ws = new FilePath(workspace.toFile());
        CertificateMaterializer materializer = new CertificateMaterializer();
        MaterializedCertificate first = materializer.materialize(files, FilePathSecretDirectory.parentFor(ws));
        MaterializedCertificate second = materializer.materialize(files, FilePathSecretDirectory.parentFor(ws));

        CertificateBinder.unbind(ws, first.folderName());
        assertTrue(Files.isRegularFile(Path.of(second.pfxPath())), "a block still running lost its files");
        CertificateBinder.unbind(ws, second.folderName());

        assertFalse(Files.exists(root.resolve("ws@tmp/azure-mgmt-cert")));
        try (Stream<Path> rest = Files.list(root.resolve("ws@tmp"))) {
            assertEquals(List.of(), rest.toList());
        }
        CertificateBinder.unbind(ws, second.folderName());
    }

    @Test
    void aFolderIsCreatedEvenWhenAnotherCleanUpJustDeletedTheSharedFolder() throws Exception {
        Path workspace = Files.createDirectories(root.resolve("ws"));
        FilePath ws = new FilePath(workspace.toFile());
        FilePathSecretDirectory parent = FilePathSecretDirectory.parentFor(ws);
        // another block's clean-up runs between parentFor and the creation of this block's folder
        FilePathSecretDirectory.deleteParentIfEmpty(ws);
        assertFalse(Files.exists(root.resolve("ws@tmp/azure-mgmt-cert")));

        try (MaterializedCertificate written = new CertificateMaterializer().materialize(files, parent)) {
            assertTrue(Files.isRegularFile(Path.of(written.pfxPath())));
            assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
            assertEquals("rwx------", mode(root.resolve("ws@tmp/azure-mgmt-cert")));
        }
    }

    @Test
    void unbindRefusesANameItDidNotMake() {
        FilePath ws = new FilePath(root.resolve("ws").toFile());
        for (String name : List.of("..", "../ws", "ABCDEF", "")) {
            assertThrows(IllegalArgumentException.class, () -> CertificateBinder.unbind(ws, name), name);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
