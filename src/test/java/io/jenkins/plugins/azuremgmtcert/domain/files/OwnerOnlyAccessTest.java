package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Owner-only certificate files on a Windows-like file system (access lists and DOS attributes, no POSIX modes) and on
 * a POSIX one, both in memory, so the Windows rules are checked on every machine (issue 9.8).
 */
class OwnerOnlyAccessTest {

    @Test
    void onWindowsEveryFolderAndFileAllowsItsOwnerOnly() throws Exception {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                .setAttributeViews("basic", "owner", "dos", "acl")
                .build())) {
            Path workspaceTemp = windows.getPath("C:\\agent\\workspace\\job@tmp");
            Files.createDirectories(workspaceTemp);
            UserPrincipal someoneElse = windows.getUserPrincipalLookupService().lookupPrincipalByName("Users");
            // what the workspace's temporary folder would pass on: the machine's users may read
            acl(workspaceTemp)
                    .setAcl(List.of(AclEntry.newBuilder()
                            .setType(AclEntryType.ALLOW)
                            .setPrincipal(someoneElse)
                            .setPermissions(AclEntryPermission.READ_DATA)
                            .build()));

            Path shared = workspaceTemp.resolve("azure-mgmt-cert");
            LocalSecretDirectory.ensurePrivateDirectory(shared);
            SecretDirectory folder = new LocalSecretDirectory(shared).createPrivateDirectory("0123abcd");
            String pem = folder.createPrivateFile("certificate.pem", new byte[] {1, 2, 3});

            UserPrincipal owner = Files.getOwner(shared);
            assertOwnerOnly(shared, owner, true);
            assertOwnerOnly(shared.resolve("0123abcd"), owner, true);
            assertOwnerOnly(windows.getPath(pem), owner, false);
            assertEquals(Boolean.TRUE, Files.getAttribute(windows.getPath(pem), "dos:readonly"));

            SecretDirectoryRemover.deleteRecursively(folder);
            assertFalse(Files.exists(shared.resolve("0123abcd")));
        }
    }

    @Test
    void onPosixTheModesAreSetAndNoAccessListIsTouched() throws Exception {
        try (FileSystem unix = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setAttributeViews("basic", "owner", "posix", "unix", "acl")
                .build())) {
            Path shared = unix.getPath("/agent/workspace/job@tmp/azure-mgmt-cert");
            LocalSecretDirectory.ensurePrivateDirectory(shared);
            SecretDirectory folder = new LocalSecretDirectory(shared).createPrivateDirectory("0123abcd");
            String pem = folder.createPrivateFile("certificate.pem", new byte[] {1});

            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
            assertEquals(
                    "rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("0123abcd"))));
            assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(unix.getPath(pem))));
            assertFalse(OwnerOnlyAccess.applies(shared), "POSIX modes are used where the file system has them");
        }
    }

    private static AclFileAttributeView acl(Path path) {
        return Files.getFileAttributeView(path, AclFileAttributeView.class);
    }

    private static void assertOwnerOnly(Path path, UserPrincipal owner, boolean folder) throws Exception {
        List<AclEntry> entries = acl(path).getAcl();
        assertEquals(1, entries.size(), path + ": " + entries);
        AclEntry entry = entries.get(0);
        assertEquals(AclEntryType.ALLOW, entry.type());
        assertEquals(owner, entry.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), entry.permissions());
        assertEquals(
                folder ? Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT) : Set.of(),
                entry.flags(),
                path + ": a folder's entry is inherited by what is created in it");
        assertTrue(Files.exists(path));
    }
}
