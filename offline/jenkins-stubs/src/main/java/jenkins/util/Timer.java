package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ScheduledExecutorService;

/** API stub of {@code jenkins.util.Timer} (jenkins-core). No Jenkins runs offline, so there is no timer. */
public class Timer {
    private Timer() {}

    @NonNull
    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("stub");
    }
}
