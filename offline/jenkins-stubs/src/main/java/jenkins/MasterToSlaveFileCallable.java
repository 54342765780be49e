package jenkins;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/**
 * API stub of {@code jenkins.MasterToSlaveFileCallable} (jenkins-core): a file operation the controller sends to an
 * agent. The real class gets {@code checkRoles} from {@code jenkins.agents.ControllerToAgentFileCallable}; the stub
 * declares it here and does nothing.
 */
public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public void checkRoles(RoleChecker checker) throws SecurityException {
        // stub: no roles to check offline
    }
}
