package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** API stub of {@code org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback} (workflow-step-api). */
public abstract class BodyExecutionCallback implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Called on the Pipeline thread when the body starts, as in workflow-step-api; nothing by default. */
    public void onStart(StepContext context) {}

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}
