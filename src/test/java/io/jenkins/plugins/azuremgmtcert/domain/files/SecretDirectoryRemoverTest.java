package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretDirectoryRemoverTest {

    @TempDir
    Path parent;

    @Test
    void keepsDeletingAfterAFailureAndReportsEveryFailure() throws Exception {
        Path folder = Files.createDirectory(parent.resolve("f"));
        Files.writeString(folder.resolve("stuck"), "1");
        Files.writeString(folder.resolve("other"), "2");
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Files.writeString(sub.resolve("stuck"), "3");
        Files.writeString(sub.resolve("fine"), "4");
        SecretDirectory directory = new FailingDirectory(new LocalSecretDirectory(folder), "stuck", null);

        IOException thrown = assertThrows(IOException.class, () -> SecretDirectoryRemover.deleteRecursively(directory));

        assertTrue(thrown.getMessage().contains("stuck"), thrown.getMessage());
        assertFalse(Files.exists(folder.resolve("other")));
        assertFalse(Files.exists(sub.resolve("fine")));
        assertTrue(Files.exists(folder.resolve("stuck")));
        assertTrue(Files.exists(sub.resolve("stuck")));
        // one suppressed per later failure: the second "stuck", the non-empty "sub", the non-empty folder
        assertEquals(3, thrown.getSuppressed().length);
    }

    @Test
    void deletingAMissingFolderDoesNothing() throws Exception {
        SecretDirectoryRemover.deleteRecursively(new LocalSecretDirectory(parent.resolve("gone")));
        assertArrayEquals(new Object[0], Files.list(parent).toArray());
    }

    @Test
    void deletesReadOnlyFilesInAnOwnerOnlyFolder() throws Exception {
        LocalSecretDirectory top = new LocalSecretDirectory(parent);
        SecretDirectory folder = top.createPrivateDirectory("x");
        folder.createPrivateFile("a", new byte[] {1});
        folder.createPrivateDirectory("nested").createPrivateFile("b", new byte[] {2});
        SecretDirectoryRemover.deleteRecursively(folder);
        assertFalse(Files.exists(parent.resolve("x")));
    }
}
