package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Thumbprints;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export-cer}: the public certificate to upload to Azure. */
@Command(
        name = "export-cer",
        mixinStandardHelpOptions = true,
        description = {
            "Write the public certificate (.cer) of a .pfx, to upload to Azure.",
            "",
            "Writes the public certificate (no private key) of a .pfx or PEM file: the .cer file to upload to "
                    + "Azure. DER by default, as the Azure portal expects; PEM with --pem."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:written",
            "1:input not readable or could not write (the reason is on standard error)",
            "2:wrong command line"
        })
final class ExportCerCommand extends CliCommand {

    @Parameters(paramLabel = "IN", description = "The .pfx, .p12 or .pem file (a .cer is accepted too).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "CER_FILE", description = "The certificate file to write.")
    Path output;

    @Option(names = "--pem", description = "Write PEM text (-----BEGIN CERTIFICATE-----) instead of DER.")
    boolean pem;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "The entry of a .pfx that holds several keys.")
    String alias;

    @Mixin
    InputPasswordOptions inputPassword;

    @Mixin
    ForceOption force;

    @Override
    int execute() throws CommandFailure, ManagementCertificateException {
        OutputFiles files = new OutputFiles(force);
        files.checkWritable(List.of(output));
        X509Certificate certificate = certificateOf(CertificateInput.read(input));
        byte[] content = pem
                ? CertificateExporter.toPemCertificate(certificate).getBytes(StandardCharsets.US_ASCII)
                : CertificateExporter.toCer(certificate);
        files.writePublic(output, content);
        out().println("Wrote " + output + " (public certificate, " + (pem ? "PEM" : "DER") + ")");
        out().println("  SHA-1 thumbprint: " + Thumbprints.sha1(certificate));
        out().flush();
        return ExitCodes.OK;
    }

    private X509Certificate certificateOf(CertificateInput in) throws CommandFailure, ManagementCertificateException {
        try {
            return in.load(inputPassword, environment(), alias).certificate();
        } catch (ManagementCertificateException e) {
            Optional<X509Certificate> publicOnly = e.reason() == ManagementCertificateException.Reason.NO_PRIVATE_KEY
                    ? PublicCertificates.read(in.data())
                    : Optional.empty();
            return publicOnly.orElseThrow(() -> e);
        }
    }
}
