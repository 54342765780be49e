package hudson.console;

import hudson.ExtensionPoint;
import hudson.model.Run;
import java.io.IOException;
import java.io.OutputStream;

/** API stub of {@code hudson.console.ConsoleLogFilter} (jenkins-core): the default passes the log through. */
public abstract class ConsoleLogFilter implements ExtensionPoint {

    public OutputStream decorateLogger(Run build, OutputStream logger) throws IOException, InterruptedException {
        return logger;
    }
}
