package org.jenkinsci.plugins.workflow.steps;

/**
 * API stub of {@code org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution} (workflow-step-api). The
 * stub runs each block at once on the calling thread (the real class uses a thread pool) and reports a failure to the
 * context, as the real class does. Like the real class, it records the running thread's name in the serialised field
 * {@code threadName} while a block runs, and {@link #onResume} fails the step if a saved copy says a block was running.
 */
public abstract class GeneralNonBlockingStepExecution extends StepExecution {

    private static final long serialVersionUID = 1L;

    private String threadName;

    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    /** API stub of {@code GeneralNonBlockingStepExecution.Block}. */
    @FunctionalInterface
    protected interface Block {
        void run() throws Exception;
    }

    protected final void run(Block block) {
        threadName = Thread.currentThread().getName();
        try {
            block.run();
        } catch (Throwable x) {
            getContext().onFailure(x);
        } finally {
            threadName = null;
        }
    }

    @Override
    public void onResume() {
        if (threadName != null) {
            getContext().onFailure(new SynchronousResumeNotSupportedException(getContext()));
        }
    }

    /** API stub of {@code GeneralNonBlockingStepExecution.TailCall}, with the real control flow. */
    protected abstract class TailCall extends BodyExecutionCallback {

        private static final long serialVersionUID = 1L;

        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            run(() -> {
                try {
                    finished(context);
                } catch (Exception x) {
                    context.onFailure(x);
                    return;
                }
                context.onSuccess(result);
            });
        }

        @Override
        public final void onFailure(StepContext context, Throwable t) {
            run(() -> {
                try {
                    finished(context);
                } catch (Exception x) {
                    t.addSuppressed(x);
                }
                context.onFailure(t);
            });
        }
    }
}
