package io.jenkins.plugins.azuremgmtcert.cli;

import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The password for a written .pfx: a variable or a file, never argv; without one the .pfx is password-free. */
final class OutputPasswordOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--out-password-env", paramLabel = "VAR",
            description = "Protect the written .pfx with the password in environment variable VAR.")
    String variable;

    @Option(names = "--out-password-file", paramLabel = "FILE",
            description = "Protect the written .pfx with the password in FILE (one line; UTF-8). "
                    + "Without either option the .pfx is password-free, as Jenkins and Azure accept it.")
    Path file;

    @Option(names = "--out-password", hidden = true, arity = "0..1", fallbackValue = "")
    void refuseCommandLinePassword(String ignored) {
        throw new ParameterException(mixee.commandLine(), PasswordSource.COMMAND_LINE_REFUSAL
                .formatted("--out-password-env VAR or --out-password-file FILE"));
    }

    /** Whether an output password was requested. */
    boolean given() {
        return variable != null || file != null;
    }

    /** The password, or {@code null} for a password-free file; the caller clears it. */
    char[] read(Function<String, String> environment) throws CommandFailure {
        if (variable != null && file != null) {
            throw new ParameterException(mixee.commandLine(),
                    "Use either --out-password-env or --out-password-file, not both.");
        }
        if (variable != null) {
            return PasswordSource.fromEnvironment(environment, variable);
        }
        return file == null ? null : PasswordSource.fromFile(file);
    }
}
