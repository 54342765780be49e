package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code generate}: a new key pair and self-signed management certificate. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Create a new key pair: a .pfx for Jenkins and a .cer for Azure.",
            "",
            "Creates a new RSA key pair and a self-signed management certificate \"CN=Jenkins - NAME\" "
                    + "(SHA-256, client authentication).",
            "",
            "Writes the .pfx with the private key for the Jenkins credential (mode 0600, password-free unless an "
                    + "output password is given) and, with --cer, the public certificate to upload to Azure."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:could not write (the reason is on standard error)", "2:wrong command line"})
final class GenerateCommand extends CliCommand {

    private static final Set<Integer> KEY_SIZES = Set.of(2048, 3072, 4096);
    private static final int MAX_VALIDITY_DAYS = 36_500;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "NAME",
            description = "What the certificate is for, e.g. the Jenkins instance; the subject is CN=Jenkins - NAME.")
    String name;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PFX_FILE",
            description = "Where to write the .pfx (certificate and private key) for Jenkins.")
    Path pfx;

    @Option(
            names = "--cer",
            paramLabel = "CER_FILE",
            description = "Also write the public certificate (DER) to " + "upload to Azure.")
    Path cer;

    @Option(
            names = "--pem",
            paramLabel = "PEM_FILE",
            description = "Also write certificate and UNENCRYPTED private "
                    + "key as PEM (for curl, openssl, az), mode 0600.")
    Path pem;

    @Option(
            names = "--key-size",
            paramLabel = "BITS",
            defaultValue = "2048",
            description = "RSA key size: 2048, 3072 or 4096 (default: ${DEFAULT-VALUE}).")
    int keySize;

    @Option(
            names = "--validity-days",
            paramLabel = "DAYS",
            defaultValue = "730",
            description = "How long the certificate is valid, in days (default: ${DEFAULT-VALUE}, two years).")
    int validityDays;

    @Option(
            names = "--legacy",
            description = "Encrypt the .pfx with 3DES/SHA-1 for old Windows tools instead of "
                    + "AES-256 (the default, like OpenSSL 3).")
    boolean legacy;

    @Mixin
    OutputPasswordOptions outputPassword;

    @Mixin
    ForceOption force;

    @Override
    int execute() throws CommandFailure {
        checkArguments();
        OutputFiles files = new OutputFiles(force);
        List<Path> targets = new ArrayList<>(List.of(pfx));
        if (cer != null) {
            targets.add(cer);
        }
        if (pem != null) {
            targets.add(pem);
        }
        files.checkWritable(targets);
        char[] password = outputPassword.read(environment());
        try {
            ManagementCertificate certificate = CertificateGenerator.forName(name)
                    .keySize(keySize)
                    .validity(Duration.ofDays(validityDays))
                    .clock(clock())
                    .generate();
            new Pkcs12Writer(legacy, files).write(certificate, password, pfx);
            if (cer != null) {
                files.writePublic(cer, CertificateExporter.toCer(certificate.certificate()));
            }
            if (pem != null) {
                files.writeSecret(pem, CertificateExporter.toPem(certificate).getBytes(StandardCharsets.US_ASCII));
            }
            printSummary(certificate);
            return ExitCodes.OK;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private void checkArguments() {
        if (!KEY_SIZES.contains(keySize)) {
            throw new ParameterException(spec.commandLine(), "--key-size must be 2048, 3072 or 4096, not " + keySize);
        }
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--validity-days must be between 1 and " + MAX_VALIDITY_DAYS + ", not " + validityDays);
        }
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name must not be blank");
        }
    }

    private void printSummary(ManagementCertificate certificate) {
        var description = certificate.describe();
        out().println("Created " + description.subject());
        out().println("  SHA-1 thumbprint: " + description.thumbprintSha1());
        out().println("  Valid until:      " + description.notAfter());
        out().println("  Key:              RSA " + description.keySize() + " bits");
        String protection = outputPassword.given() ? "password-protected" : "no password";
        out().println("Wrote " + pfx + " (private key, " + protection + "; keep it secret)");
        if (cer != null) {
            out().println("Wrote " + cer + " (public certificate)");
        }
        if (pem != null) {
            out().println("Wrote " + pem + " (certificate and unencrypted private key; keep it secret)");
        }
        out().println("Next: upload " + (cer != null ? cer : "the .cer (see export-cer)") + " to Azure, then add " + pfx
                + " to Jenkins as an \"Azure Management Certificate\" credential.");
        out().flush();
    }
}
