package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** API stub of {@code org.jenkinsci.plugins.workflow.steps.StepExecution} (workflow-step-api). */
public abstract class StepExecution implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StepContext context;

    protected StepExecution(@NonNull StepContext context) {
        this.context = context;
    }

    public @NonNull StepContext getContext() {
        return context;
    }

    public abstract boolean start() throws Exception;

    public void stop(@NonNull Throwable cause) throws Exception {
        getContext().onFailure(cause);
    }

    public void onResume() {}
}
