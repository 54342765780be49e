package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.AbstractBuild;
import hudson.model.Describable;
import java.util.Set;

/** API stub of {@code hudson.tasks.BuildWrapper} (jenkins-core): the sensitive-variables hook. */
public abstract class BuildWrapper implements Describable<BuildWrapper>, ExtensionPoint {

    public void makeSensitiveBuildVariables(AbstractBuild build, Set<String> sensitiveVariables) {
        // stub: nothing by default, as in the real class
    }
}
