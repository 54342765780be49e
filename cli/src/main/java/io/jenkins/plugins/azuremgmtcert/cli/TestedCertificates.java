package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The certificates {@code test} tries, one or more (a roll-over: the current one and the next), each with its
 * password. Passwords come from {@code --password-env} and {@code --password-file}, which may be mixed and repeated:
 * none (no certificate has a password), one (the same source for every certificate), or one per {@code --cert},
 * matched in the order given on the command line. Any other count is a wrong command line.
 */
final class TestedCertificates {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--cert",
            required = true,
            paramLabel = "FILE",
            description = "The certificate with its private key: .pfx/.p12, or PEM with certificate and key. Repeat "
                    + "it to test a roll-over (current and next certificate): each is tested in turn, in the order "
                    + "given.")
    List<Path> files;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Read a certificate's password from environment variable VAR. With several --cert: give "
                    + "one password option for all of them, or one per --cert in the same order (--password-env and "
                    + "--password-file may be mixed; an empty variable or file stands for no password).")
    List<String> variables;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Read a certificate's password from FILE (one line; UTF-8); matched to --cert as "
                    + "--password-env is.")
    List<Path> passwordFiles;

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

    /** One certificate to test: its place on the command line, its file, and where its password comes from. */
    record Entry(int number, int count, Path file, Source password) {

        /** {@code "certificate 2 of 3 (next.pfx)"}. */
        String label() {
            return "certificate " + number + " of " + count + " (" + file + ")";
        }
    }

    /** A password source: an environment variable or a file. */
    record Source(String variable, Path file) {

        char[] read(Function<String, String> environment) throws CommandFailure {
            return variable != null
                    ? PasswordSource.fromEnvironment(environment, variable)
                    : PasswordSource.fromFile(file);
        }
    }

    /**
     * The certificates paired with their password sources; a wrong count of password options is a
     * {@link ParameterException} (exit status 2). Reads no file.
     */
    List<Entry> entries() {
        List<Source> sources = sourcesInCommandLineOrder();
        int count = files.size();
        if (count == 1 && sources.size() > 1) {
            throw new ParameterException(
                    mixee.commandLine(), "Use either --password-env or --password-file, not both.");
        }
        if (sources.size() > 1 && sources.size() != count) {
            throw new ParameterException(
                    mixee.commandLine(),
                    count + " certificates (--cert) but " + sources.size() + " passwords (--password-env, "
                            + "--password-file): give one password option for all, or one per --cert in the same "
                            + "order.");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Source source = sources.isEmpty() ? null : sources.get(sources.size() == 1 ? 0 : i);
            entries.add(new Entry(i + 1, count, files.get(i), source));
        }
        return entries;
    }

    /**
     * Loads every certificate before any is tested, so a wrong password of the last one fails at once. With several
     * certificates, the failure names the certificate.
     */
    List<ManagementCertificate> load(List<Entry> entries, Function<String, String> environment)
            throws CommandFailure, ManagementCertificateException {
        List<ManagementCertificate> certificates = new ArrayList<>();
        for (Entry entry : entries) {
            try {
                certificates.add(load(entry, environment));
            } catch (CommandFailure | ManagementCertificateException e) {
                if (entries.size() == 1) {
                    throw e;
                }
                throw new CommandFailure(entry.label() + ": " + e.getMessage(), e);
            }
        }
        return certificates;
    }

    private static ManagementCertificate load(Entry entry, Function<String, String> environment)
            throws CommandFailure, ManagementCertificateException {
        CertificateInput input = CertificateInput.read(entry.file());
        char[] password = entry.password() == null ? null : entry.password().read(environment);
        try {
            return input.load(password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** {@code --password-env} and {@code --password-file} values in the order the options were given. */
    private List<Source> sourcesInCommandLineOrder() {
        List<Source> sources = new ArrayList<>();
        int nextVariable = 0;
        int nextFile = 0;
        for (ArgSpec arg : mixee.commandLine().getParseResult().matchedArgs()) {
            if (!(arg instanceof OptionSpec option)) {
                continue;
            }
            if ("--password-env".equals(option.longestName())) {
                sources.add(new Source(variables.get(nextVariable++), null));
            } else if ("--password-file".equals(option.longestName())) {
                sources.add(new Source(null, passwordFiles.get(nextFile++)));
            }
        }
        return sources;
    }
}
