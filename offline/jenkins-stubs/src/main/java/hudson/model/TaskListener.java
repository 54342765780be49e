package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.Serializable;

/** API stub of {@code hudson.model.TaskListener} (jenkins-core): where a build's console output goes. */
public interface TaskListener extends Serializable {
    @NonNull
    PrintStream getLogger();
}
