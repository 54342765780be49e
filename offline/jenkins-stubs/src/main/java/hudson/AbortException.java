package hudson;

import java.io.IOException;

/** API stub of {@code hudson.AbortException} (jenkins-core): a build failure reported without a stack trace. */
public class AbortException extends IOException {

    private static final long serialVersionUID = 1L;

    public AbortException(String message) {
        super(message);
    }
}
