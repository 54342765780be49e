package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect}: is this file usable as a management certificate, and what is in it. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Check that a .pfx (or PEM) is usable and show what is in it.",
            "",
            "Checks that a file can be used as an Azure management certificate in Jenkins and shows what is in it: "
                    + "subject, validity, key, the SHA-1 thumbprint Azure lists, warnings (expired, expiring soon) "
                    + "and errors (no private key, key too small, not RSA).",
            "",
            "FILE is a .pfx/.p12 (PKCS#12) or a PEM file with certificate and private key. A .cer (public "
                    + "certificate only) is shown but reported as not usable: Jenkins needs the private key."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:usable",
            "1:not usable or unreadable (the reason is on standard error)",
            "2:wrong command line"
        })
final class InspectCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "The .pfx, .p12, .pem or .cer file to check.")
    Path file;

    @Mixin
    InputPasswordOptions passwords;

    @Option(
            names = "--alias",
            paramLabel = "ALIAS",
            description = "The entry to use in a .pfx that holds several keys (the error lists them).")
    String alias;

    @Option(names = "--json", description = "Print JSON with stable field names instead of text.")
    boolean json;

    @Override
    int execute() throws CommandFailure {
        CertificateReport report;
        try {
            report = report(CertificateInput.read(file));
        } catch (CommandFailure e) {
            // unreadable input (missing, a directory, too large): still one JSON document with --json
            report = CertificateReport.unreadable(e.getMessage());
        }
        if (json) {
            out().print(report.toJson().render());
        } else {
            out().println(file);
            report.printText(out(), "  ");
        }
        out().flush();
        return report.usable() ? ExitCodes.OK : fail(report.firstError());
    }

    /**
     * What can be said about the input: a usable certificate, or why not with whatever could be read (the certificate
     * of a .cer, or of a file whose key is refused: 1024-bit, EC), or only the reason (wrong password, not a
     * certificate).
     */
    private CertificateReport report(CertificateInput input) throws CommandFailure {
        try {
            return CertificateReport.of(input.load(passwords, environment(), alias), clock());
        } catch (ManagementCertificateException e) {
            if (e.certificate() != null) {
                return CertificateReport.refusedKey(PublicCertificates.describe(e.certificate()), e.getMessage());
            }
            Optional<X509Certificate> publicOnly = e.reason() == ManagementCertificateException.Reason.NO_PRIVATE_KEY
                    ? PublicCertificates.read(input.data())
                    : Optional.empty();
            if (publicOnly.isPresent()) {
                return CertificateReport.publicOnly(PublicCertificates.describe(publicOnly.get()), e.getMessage());
            }
            return CertificateReport.unreadable(e.getMessage());
        }
    }
}
