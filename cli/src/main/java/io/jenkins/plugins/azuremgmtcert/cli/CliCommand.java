package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: output streams of its {@link picocli.CommandLine}, the environment and clock of
 * {@link Main}, and the mapping of failures to exit codes (see {@link ExitCodes}): a failure the user can fix is one
 * line on standard error and status 1, never a stack trace.
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CommandFailure | ManagementCertificateException | PublishSettingsException e) {
            return fail(e.getMessage());
        }
    }

    /** Does the work; returns {@link ExitCodes#OK} or {@link ExitCodes#NOT_USABLE}. */
    abstract int execute() throws CommandFailure, ManagementCertificateException, PublishSettingsException;

    /** Prints the reason as one line on standard error and returns {@link ExitCodes#NOT_USABLE}. */
    final int fail(String message) {
        err().println("error: " + OneLine.of(CliWording.of(message)));
        err().flush();
        return ExitCodes.NOT_USABLE;
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    final Function<String, String> environment() {
        return main.environment();
    }

    final Clock clock() {
        return main.clock();
    }
}
