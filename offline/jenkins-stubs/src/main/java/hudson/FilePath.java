package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;

/**
 * API stub of {@code hudson.FilePath} (jenkins-core): a path on the controller or an agent. The stub knows only
 * local paths: {@link #act} runs the callable in this JVM on {@code new File(getRemote())}, which is what the real
 * class does for a local path, so offline tests can use a {@code FilePath(File)}.
 */
public final class FilePath implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient VirtualChannel channel;
    private final String remote;

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        this.channel = channel;
        this.remote = remote;
    }

    public FilePath(@NonNull File localPath) {
        this(null, localPath.getPath());
    }

    public String getRemote() {
        return remote;
    }

    public String getName() {
        return new File(remote).getName();
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        return new FilePath(channel, new File(remote, relOrAbsolute).getPath());
    }

    public VirtualChannel getChannel() {
        return channel;
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        return callable.invoke(new File(remote), channel);
    }

    @Override
    public String toString() {
        return remote;
    }

    /** API stub of {@code hudson.FilePath.FileCallable}. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
