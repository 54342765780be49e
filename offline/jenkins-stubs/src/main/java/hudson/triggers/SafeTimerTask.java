package hudson.triggers;

import java.util.TimerTask;

/** API stub of {@code hudson.triggers.SafeTimerTask} (jenkins-core). */
public abstract class SafeTimerTask extends TimerTask {
    @Override
    public final void run() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract void doRun() throws Exception;
}
