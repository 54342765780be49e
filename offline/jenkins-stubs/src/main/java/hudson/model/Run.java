package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** API stub of {@code hudson.model.Run} (jenkins-core): one build. The stub's charset is always UTF-8. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    public final @NonNull Charset getCharset() {
        return StandardCharsets.UTF_8;
    }
}
