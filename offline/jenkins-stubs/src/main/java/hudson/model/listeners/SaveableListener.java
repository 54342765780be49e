package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.model.Saveable;

/** API stub of {@code hudson.model.listeners.SaveableListener} (jenkins-core). Offline nothing fires it. */
public abstract class SaveableListener implements ExtensionPoint {
    public void onChange(Saveable o, XmlFile file) {}
}
