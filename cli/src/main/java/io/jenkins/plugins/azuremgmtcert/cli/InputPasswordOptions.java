package io.jenkins.plugins.azuremgmtcert.cli;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the password of an input .pfx (or encrypted PEM key) comes from: a variable or a file, never argv. */
final class InputPasswordOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Read the input password from environment variable VAR.")
    String variable;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Read the input password from FILE (one line; UTF-8).")
    Path file;

    @Option(
            names = {"--password", "-p"},
            hidden = true,
            arity = "0..1",
            fallbackValue = "")
    void refuseCommandLinePassword(String ignored) {
        throw new ParameterException(
                mixee.commandLine(),
                PasswordSource.COMMAND_LINE_REFUSAL.formatted("--password-env VAR or --password-file FILE"));
    }

    /** The password, or {@code null} if none was given (a password-free file); the caller clears it. */
    char[] read(Function<String, String> environment) throws CommandFailure {
        if (variable != null && file != null) {
            throw new ParameterException(
                    mixee.commandLine(), "Use either --password-env or --password-file, not both.");
        }
        if (variable != null) {
            return PasswordSource.fromEnvironment(environment, variable);
        }
        return file == null ? null : PasswordSource.fromFile(file);
    }
}
