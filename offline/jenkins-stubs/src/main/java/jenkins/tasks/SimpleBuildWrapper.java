package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildWrapper;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * API stub of {@code jenkins.tasks.SimpleBuildWrapper} (jenkins-core). {@link Context} records variables and the
 * disposer as the real one does, so offline tests can look at what a wrapper set up.
 */
public abstract class SimpleBuildWrapper extends BuildWrapper {

    public void setUp(
            Context context,
            Run<?, ?> build,
            FilePath workspace,
            Launcher launcher,
            TaskListener listener,
            EnvVars initialEnvironment)
            throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    public @CheckForNull ConsoleLogFilter createLoggerDecorator(@NonNull Run<?, ?> build) {
        return null;
    }

    /** API stub of {@code SimpleBuildWrapper.Context}. */
    public static final class Context {
        private Disposer disposer;
        private final Map<String, String> env = new HashMap<>();

        @Deprecated
        public Context() {}

        public void env(String key, String value) {
            if (env.containsKey(key)) {
                throw new IllegalStateException("just one binding for " + key);
            }
            env.put(key, value);
        }

        public @CheckForNull Disposer getDisposer() {
            return disposer;
        }

        public @NonNull Map<String, String> getEnv() {
            return env;
        }

        public void setDisposer(@NonNull Disposer disposer) {
            if (this.disposer != null) {
                throw new IllegalStateException("just one disposer");
            }
            this.disposer = disposer;
        }
    }

    /** API stub of {@code SimpleBuildWrapper.Disposer}. */
    public abstract static class Disposer implements Serializable {
        private static final long serialVersionUID = 1L;

        public void tearDown(Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
                throws IOException, InterruptedException {
            throw new UnsupportedOperationException("stub");
        }
    }
}
