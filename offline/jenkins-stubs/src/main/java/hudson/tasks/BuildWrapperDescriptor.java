package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Descriptor;

/** API stub of {@code hudson.tasks.BuildWrapperDescriptor} (jenkins-core). */
public abstract class BuildWrapperDescriptor extends Descriptor<BuildWrapper> {

    protected BuildWrapperDescriptor() {
        super();
    }

    public abstract boolean isApplicable(AbstractProject<?, ?> item);
}
