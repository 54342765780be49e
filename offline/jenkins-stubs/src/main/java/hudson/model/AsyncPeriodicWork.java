package hudson.model;

import java.io.IOException;

/** API stub of {@code hudson.model.AsyncPeriodicWork} (jenkins-core). */
public abstract class AsyncPeriodicWork extends PeriodicWork {
    protected AsyncPeriodicWork(String name) {}

    @Override
    public final void doRun() {
        throw new UnsupportedOperationException("stub");
    }

    protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;
}
