package hudson.slaves;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;

/** API stub of {@code hudson.slaves.WorkspaceList} (jenkins-core): only the temporary folder of a workspace. */
public final class WorkspaceList {

    private WorkspaceList() {}

    /** As the real method: the sibling folder {@code <workspace>@tmp}, or null for a workspace without a parent. */
    @CheckForNull
    public static FilePath tempDir(FilePath ws) {
        if (new java.io.File(ws.getRemote()).getParent() == null) {
            return null;
        }
        return new FilePath(ws.getChannel(), ws.getRemote() + "@tmp");
    }
}
