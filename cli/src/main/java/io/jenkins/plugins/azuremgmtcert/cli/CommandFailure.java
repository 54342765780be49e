package io.jenkins.plugins.azuremgmtcert.cli;

/**
 * A command could not do its job for a reason the user can fix (missing file, unset variable, file exists).
 * The message is printed as one line on standard error and the command exits with status 1.
 */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
