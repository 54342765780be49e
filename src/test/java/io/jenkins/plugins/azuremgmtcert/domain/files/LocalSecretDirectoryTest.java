package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void refusesNamesThatLeaveTheFolder() {
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        for (String name : List.of("../escape", "a/b", "..", ".", "")) {
            assertThrows(IllegalArgumentException.class, () -> directory.createPrivateFile(name, new byte[0]), name);
        }
        assertFalse(Files.exists(parent.resolveSibling("escape")));
    }

    @Test
    void neverOverwritesAnExistingEntry() throws Exception {
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        directory.createPrivateFile("f", new byte[] {1});
        assertThrows(FileAlreadyExistsException.class, () -> directory.createPrivateFile("f", new byte[] {2}));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(parent.resolve("f")));
        directory.createPrivateDirectory("d");
        assertThrows(FileAlreadyExistsException.class, () -> directory.createPrivateDirectory("d"));
    }

    @Test
    void listsFilesAndFoldersSeparatelyAndNothingForAMissingFolder() throws Exception {
        LocalSecretDirectory directory = new LocalSecretDirectory(parent);
        directory.createPrivateFile("f", new byte[0]);
        directory.createPrivateDirectory("d");
        assertEquals(List.of("f"), directory.listFiles());
        assertEquals(List.of("d"), directory.listDirectories());
        assertEquals(List.of(), directory.child("missing").listFiles());
        assertFalse(directory.child("missing").delete());
        assertFalse(directory.deleteFile("missing"));
    }
}
