package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import hudson.security.ACL;
import org.springframework.security.core.Authentication;

/**
 * API stub of {@code hudson.model.queue.Tasks} (jenkins-core). Offline there is no {@code QueueItemAuthenticator}, so
 * a task runs as the system, as the real method answers without one.
 */
public class Tasks {
    private Tasks() {}

    @NonNull
    public static Authentication getAuthenticationOf2(@NonNull Task t) {
        return ACL.SYSTEM2;
    }
}
