package io.jenkins.plugins.azuremgmtcert.cli;

/** The exit statuses of every command. */
final class ExitCodes {

    /** Done; the certificate is usable. */
    static final int OK = 0;
    /** The certificate is not usable, or the command failed; the reason is on standard error. */
    static final int NOT_USABLE = 1;
    /** The command line was wrong (picocli's own usage status). */
    static final int USAGE = 2;

    private ExitCodes() {}
}
