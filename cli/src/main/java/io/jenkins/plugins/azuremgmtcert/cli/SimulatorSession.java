package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code simulate} has started and written, stopped exactly once: by the end of its run, or by the shutdown hook
 * when the process is interrupted (Ctrl-C, SIGTERM), whichever comes first. Simulators started after the stop are
 * stopped at once.
 */
final class SimulatorSession {

    private final SimulatorFolder folder;
    private DemoAzure azure;
    private boolean stopped;

    SimulatorSession(SimulatorFolder folder) {
        this.folder = folder;
    }

    SimulatorFolder folder() {
        return folder;
    }

    /** Starts both simulators with these IDs. */
    DemoAzure start(String subscriptionId, String tenantId, String clientId) throws CommandFailure {
        DemoAzure started;
        try {
            started = DemoAzure.start(subscriptionId, tenantId, clientId);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(
                    "the simulators could not start on 127.0.0.1 (" + IoProblem.describe(e.getCause()) + ")", e);
        }
        synchronized (this) {
            if (!stopped) {
                azure = started;
                return started;
            }
        }
        started.close();
        throw new CommandFailure("stopped while the simulators were starting");
    }

    /**
     * Stops the simulators and deletes the folder, the first time only.
     *
     * @return what could not be deleted (empty when all is gone); null if this session was stopped before
     */
    synchronized List<String> stop() {
        if (stopped) {
            return null;
        }
        stopped = true;
        try {
            if (azure != null) {
                azure.close();
            }
        } finally {
            azure = null;
        }
        return folder.delete();
    }
}
