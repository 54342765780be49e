package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import java.util.Map;
import java.util.Set;

/** API stub of {@code org.jenkinsci.plugins.workflow.steps.StepDescriptor} (workflow-step-api). */
public abstract class StepDescriptor extends Descriptor<Step> {

    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        return false;
    }

    /** Stub: the real method shows the one argument that is fit for display, if any. */
    public String argumentsToString(@NonNull Map<String, Object> namedArgs) {
        return null;
    }
}
