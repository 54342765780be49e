package hudson.model;

import hudson.ExtensionPoint;
import hudson.triggers.SafeTimerTask;

/** API stub of {@code hudson.model.PeriodicWork} (jenkins-core). Offline nothing schedules it. */
public abstract class PeriodicWork extends SafeTimerTask implements ExtensionPoint {
    public abstract long getRecurrencePeriod();

    public long getInitialDelay() {
        throw new UnsupportedOperationException("stub");
    }
}
