package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Restricts a file or folder to its owner on file systems that have access lists instead of POSIX modes (NTFS on
 * Windows agents): the access list is replaced by one entry that allows the owner everything, and nobody else
 * anything, including the inherited entries that would let the machine's users read the workspace's temporary folder.
 * A folder's entry is inherited by what is created in it, so files written into a restricted folder are owner-only
 * from the moment they exist.
 */
final class OwnerOnlyAccess {

    private OwnerOnlyAccess() {}

    /** Whether {@code path}'s file system has access lists and no POSIX modes. */
    static boolean applies(Path path) {
        var views = path.getFileSystem().supportedFileAttributeViews();
        return views.contains("acl") && !views.contains("posix");
    }

    /** Gives {@code path} the owner-only access list; for a folder, one that what is created in it inherits. */
    static void restrict(Path path, boolean folder) throws IOException {
        AclFileAttributeView view =
                Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }
}
