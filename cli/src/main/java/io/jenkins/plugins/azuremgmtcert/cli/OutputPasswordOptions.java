package io.jenkins.plugins.azuremgmtcert.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The password for a written .pfx: a variable or a file, never argv; without one the .pfx is password-free. Only
 * printable ASCII is accepted: PKCS#12 tools disagree on how other characters are encoded.
 */
final class OutputPasswordOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--out-password-env",
            paramLabel = "VAR",
            description = "Protect the written .pfx with the password in environment variable VAR.")
    String variable;

    @Option(
            names = "--out-password-file",
            paramLabel = "FILE",
            description = "Protect the written .pfx with the password in FILE (one line). Without either option "
                    + "the .pfx is password-free, which Jenkins accepts. Passwords must be printable ASCII.")
    Path file;

    @Option(names = "--out-password", hidden = true, arity = "0..1", fallbackValue = "")
    void refuseCommandLinePassword(String ignored) {
        throw new ParameterException(
                mixee.commandLine(),
                PasswordSource.COMMAND_LINE_REFUSAL.formatted("--out-password-env VAR or --out-password-file FILE"));
    }

    /** Whether an output password was requested. */
    boolean given() {
        return variable != null || file != null;
    }

    /** The password, or {@code null} for a password-free file; the caller clears it. */
    char[] read(Function<String, String> environment) throws CommandFailure {
        if (variable != null && file != null) {
            throw new ParameterException(
                    mixee.commandLine(), "Use either --out-password-env or --out-password-file, not both.");
        }
        char[] password = variable != null
                ? PasswordSource.fromEnvironment(environment, variable)
                : file == null ? null : PasswordSource.fromFile(file);
        if (password != null && password.length == 0) {
            throw new CommandFailure("the output password is empty; give a password, or leave out --out-password-env "
                    + "and --out-password-file for a password-free .pfx");
        }
        if (password != null && !printableAscii(password)) {
            Arrays.fill(password, '\0');
            throw new CommandFailure("the output password contains characters outside printable ASCII; tools encode "
                    + "those differently in a .pfx (Java's KeyStore cannot open such a file), so choose a password of "
                    + "letters, digits, spaces and ASCII punctuation");
        }
        return password;
    }

    private static boolean printableAscii(char[] password) {
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
