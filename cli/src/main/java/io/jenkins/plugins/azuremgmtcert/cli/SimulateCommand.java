package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.asm.SubscriptionIdFormat;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code simulate}: the demo's simulators of Azure, started for the user's own tools. Registers one certificate with
 * both, writes the files and variables of {@code withAzureCert} (by the step's own code) into a temporary folder and
 * runs until interrupted or for {@code --duration}; then stops the simulators and deletes the folder.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run the simulators of Azure on 127.0.0.1 for your own tools (curl, az, scripts).",
            "",
            "Starts the simulators of Azure Service Management and of Entra ID + Resource Manager, as the demo "
                    + "does, with one subscription ('" + DemoAzure.SUBSCRIPTION_NAME + "', hosted services "
                    + "demo-web and demo-worker). Registers a certificate, --cert or a new one, as the "
                    + "subscription's management certificate and on an application with Reader on it. Writes "
                    + "into a new temporary folder: the certificate files a withAzureCert block gets, the "
                    + "simulators' CA (simulators-ca.pem) and 'env', the block's variables (and CA variables "
                    + "for curl, az, OpenSSL, Node.js) to source in a shell. Prints the URLs, IDs and paths.",
            "",
            "Runs until Ctrl-C (SIGINT/SIGTERM) or for --duration seconds, then stops the simulators and "
                    + "deletes the folder."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:ran and stopped; everything it wrote is deleted (Ctrl-C or SIGTERM end the process with the "
                    + "shell's status for the signal, 130 or 143, after the same clean-up)",
            "1:could not read the certificate, start the simulators or write or delete its files",
            "2:wrong command line"
        })
final class SimulateCommand extends CliCommand {

    @Option(
            names = "--cert",
            paramLabel = "FILE",
            description = "The certificate with its private key: .pfx/.p12, or PEM with certificate and key "
                    + "(default: a new one, CN=Jenkins - simulate).")
    Path certificateFile;

    @Mixin
    InputPasswordOptions passwords;

    @Option(
            names = "--subscription",
            paramLabel = "ID",
            description = "The subscription ID, a GUID (default: a new one).")
    String subscription;

    @Option(names = "--tenant", paramLabel = "ID", description = "The Entra ID tenant ID, a GUID (default: a new one).")
    String tenant;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "The application (client) ID, a GUID (default: a new one).")
    String clientId;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            defaultValue = "0",
            description = "Stop after this many seconds (default: 0, run until interrupted).")
    long durationSeconds;

    @Option(names = "--json", description = "Print JSON with stable field names instead of text.")
    boolean json;

    @Override
    int execute() throws CommandFailure, ManagementCertificateException {
        String subscriptionId = guid("--subscription", subscription);
        String tenantId = guid("--tenant", tenant);
        String applicationId = guid("--client-id", clientId);
        if (durationSeconds < 0) {
            throw usage("--duration must be 0 (until interrupted) or more seconds, not " + durationSeconds);
        }
        ManagementCertificate certificate = certificateFile == null
                ? CertificateGenerator.forName("simulate").clock(clock()).generate()
                : CertificateInput.read(certificateFile).load(passwords, environment(), null);
        SimulatorSession session = new SimulatorSession(SimulatorFolder.create());
        Thread hook = new Thread(() -> report(session.stop(), session), "azure-mgmt-cert-cli simulate: stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        boolean deleted;
        try {
            start(session, certificate, subscriptionId, tenantId, applicationId);
            waitForStop();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            deleted = report(session.stop(), session);
            removeShutdownHook(hook);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return deleted ? ExitCodes.OK : ExitCodes.NOT_USABLE;
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is shutting down: the hook stops the simulators, if this thread has not
        }
    }

    private void start(
            SimulatorSession session,
            ManagementCertificate certificate,
            String subscriptionId,
            String tenantId,
            String applicationId)
            throws CommandFailure, InterruptedException {
        DemoAzure azure = session.start(subscriptionId, tenantId, applicationId);
        azure.uploadManagementCertificate(CertificateExporter.toCer(certificate.certificate()));
        azure.registerOnApplication(certificate.certificate());
        SimulatorFolder folder = session.folder();
        Path caFile = folder.writeCaFile(azure.caCertificatesPem());
        MaterializedCertificate files = folder.materialize(certificate);
        AzureAccount account = new AzureAccount(
                subscriptionId,
                azure.serviceManagementUrl().toString(),
                certificate.thumbprintSha1(),
                tenantId,
                applicationId,
                azure.authorityUrl().toString());
        AzureEnvironmentVariables variables =
                AzureEnvironmentVariables.of(AzureVariableNames.defaults(), account, files);
        Path envFile = folder.writeEnvFile(EnvironmentFile.render(variables, caFile));
        SimulationReport report = new SimulationReport(
                azure,
                certificate,
                certificateFile == null ? null : certificateFile.toString(),
                folder.path(),
                caFile,
                envFile,
                Path.of(files.folderPath()),
                variables,
                durationSeconds);
        if (json) {
            out().print(report.toJson().render());
        } else {
            report.printText(out());
        }
        out().flush();
    }

    private void waitForStop() throws InterruptedException {
        if (durationSeconds == 0) {
            new CountDownLatch(1).await();
        } else {
            TimeUnit.SECONDS.sleep(durationSeconds);
        }
    }

    /** Says that the simulators stopped (text only) or what could not be deleted; whether all is gone. */
    private boolean report(List<String> problems, SimulatorSession session) {
        if (problems == null) {
            return true;
        }
        if (!problems.isEmpty()) {
            fail("stopped the simulators, but " + String.join("; ", problems));
            return false;
        }
        if (!json) {
            out().println("Stopped the simulators and deleted "
                    + session.folder().path() + ".");
            out().flush();
        }
        return true;
    }

    private String guid(String option, String value) {
        if (value == null) {
            return UUID.randomUUID().toString();
        }
        if (!SubscriptionIdFormat.isValid(value)) {
            throw usage(option + " must be a GUID, e.g. " + UUID.randomUUID() + ", not '" + value + "'");
        }
        return value.strip();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
