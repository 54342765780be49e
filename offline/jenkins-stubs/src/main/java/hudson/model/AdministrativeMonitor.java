package hudson.model;

import hudson.ExtensionPoint;

/** API stub of {@code hudson.model.AdministrativeMonitor} (jenkins-core). */
public abstract class AdministrativeMonitor implements ExtensionPoint {
    public final String id;

    protected AdministrativeMonitor() {
        this.id = this.getClass().getName();
    }

    public String getDisplayName() {
        return id;
    }

    public abstract boolean isActivated();
}
