package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;

/** API stub of {@code hudson.tasks.BuildWrapper} (jenkins-core): only the type. */
public abstract class BuildWrapper implements Describable<BuildWrapper>, ExtensionPoint {
}
