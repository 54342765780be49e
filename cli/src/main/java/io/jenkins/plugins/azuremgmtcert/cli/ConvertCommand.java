package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code convert}: between .pfx and PEM, and between password-protected and password-free. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert between .pfx and PEM, or change or remove the .pfx password.",
            "",
            "Rewrites a certificate with its private key in another form: a .pfx with a new password or none "
                    + "(Jenkins takes either), a .pfx for old Windows tools (--legacy), or PEM for curl, openssl "
                    + "and az.",
            "",
            "The format follows the name given to --out: .pfx or .p12 for PKCS#12, .pem for PEM (certificate and "
                    + "UNENCRYPTED private key). Written files get mode 0600."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:written",
            "1:input not usable or could not write (the reason is on standard error)",
            "2:wrong command line"
        })
final class ConvertCommand extends CliCommand {

    @Parameters(paramLabel = "IN", description = "The .pfx, .p12 or .pem file with certificate and private key.")
    Path input;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "OUT_FILE",
            description = "The file to write; its extension (.pfx, .p12 or .pem) chooses the format.")
    Path output;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "The entry of a .pfx that holds several keys.")
    String alias;

    @Option(
            names = "--legacy",
            description = "Write a .pfx with 3DES/SHA-1 for old Windows tools instead of " + "AES-256 (the default).")
    boolean legacy;

    @Mixin
    InputPasswordOptions inputPassword;

    @Mixin
    OutputPasswordOptions outputPassword;

    @Mixin
    ForceOption force;

    @Override
    int execute() throws CommandFailure, ManagementCertificateException {
        boolean pem = isPem();
        OutputFiles files = new OutputFiles(force);
        files.checkWritable(List.of(output));
        ManagementCertificate certificate = CertificateInput.read(input).load(inputPassword, environment(), alias);
        if (pem) {
            files.writeSecret(output, CertificateExporter.toPem(certificate).getBytes(StandardCharsets.US_ASCII));
            out().println("Wrote " + output + " (certificate and unencrypted private key; keep it secret)");
        } else {
            new Pkcs12Writer(legacy, files).write(certificate, outputPassword.read(environment()), output);
            out().println("Wrote " + output + " (" + (outputPassword.given() ? "password-protected" : "no password")
                    + (legacy ? ", legacy encryption" : "") + "; keep it secret)");
        }
        out().println("  SHA-1 thumbprint: " + certificate.thumbprintSha1());
        out().flush();
        return ExitCodes.OK;
    }

    private boolean isPem() {
        String fileName = output.getFileName() == null
                ? ""
                : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".pem")) {
            if (outputPassword.given() || legacy) {
                throw new ParameterException(
                        spec.commandLine(),
                        "A .pem output is written unencrypted; "
                                + "--out-password-env, --out-password-file and --legacy apply to .pfx output only.");
            }
            return true;
        }
        if (fileName.endsWith(".pfx") || fileName.endsWith(".p12")) {
            return false;
        }
        throw new ParameterException(
                spec.commandLine(),
                "--out must end with .pfx, .p12 or .pem, to say which format " + "to write: " + output);
    }
}
