package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code demo}: starts local simulators of Azure and walks through what an administrator does with a management
 * certificate, running the tool's own commands ({@code generate}, {@code test}) and the code of the
 * {@code withAzureCert} step. Everything happens in a temporary folder and on loopback; both are gone at the end.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Walk through the set-up against local simulators of Azure (nothing leaves this machine).",
            "",
            "Starts simulators of Azure Service Management and of Entra ID + Resource Manager on 127.0.0.1, then: "
                    + "1. generates a certificate \"Jenkins - demo\"; 2. uploads its .cer to the simulated "
                    + "subscription; 3. tests the connection and lists the hosted services (the 'test' command); "
                    + "4. shows the diagnosis for a certificate Azure does not know; 5. registers the certificate "
                    + "on an Entra ID application with Reader access and signs in to Resource Manager with it; "
                    + "6. shows the files and variables a build gets from withAzureCert, and that they are gone "
                    + "afterwards.",
            "",
            "Works in a temporary folder that is deleted at the end; the simulators are trusted through their own "
                    + "CA certificates (--trust-store), never by switching checks off."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every step behaved as expected", "1:a step did not (it says which)"})
final class DemoCommand extends CliCommand {

    /** The simulators listen on loopback: the demo's commands never go through a proxy the shell configures. */
    private static final Set<String> PROXY_VARIABLES = Set.of("https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY");

    private final List<String> unexpected = new ArrayList<>();

    @Override
    int execute() throws CommandFailure {
        Path folder = DemoFolder.create();
        AutoCloseable onInterruption = DemoFolder.deleteOnInterruption(folder);
        try (DemoAzure azure = DemoAzure.start()) {
            introduce(azure, folder);
            walkThrough(azure, folder, new DemoSteps(out(), () -> new Main(this::withoutProxy, clock()), folder));
        } catch (UncheckedIOException e) {
            unexpected.add("the simulators could not start on 127.0.0.1 (" + IoProblem.describe(e.getCause()) + ")");
        } catch (IOException e) {
            unexpected.add("the demo could not write its files (" + IoProblem.describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unexpected.add("the demo was interrupted");
        } finally {
            DemoFolder.delete(folder, unexpected);
            closeQuietly(onInterruption);
        }
        out().println();
        if (unexpected.isEmpty()) {
            out().println("Demo finished: every step behaved as expected. The simulators are stopped and " + folder
                    + " is deleted.");
            out().flush();
            return ExitCodes.OK;
        }
        out().flush();
        return fail("the demo did not go as expected: " + String.join("; ", unexpected));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // removing a shutdown hook cannot fail otherwise
        }
    }

    private String withoutProxy(String variable) {
        return PROXY_VARIABLES.contains(variable) ? null : environment().apply(variable);
    }

    private void introduce(DemoAzure azure, Path folder) {
        out().println("Azure Management Certificate demo, against local simulators of Azure:");
        out().println("  Service Management (classic API)   " + azure.serviceManagementUrl());
        out().println("  Entra ID and Resource Manager      " + azure.authorityUrl());
        out().println("  Subscription                       " + azure.subscriptionId() + " ('"
                + DemoAzure.SUBSCRIPTION_NAME + "')");
        out().println("Files go to $DEMO = " + folder + " (deleted at the end).");
    }

    private void walkThrough(DemoAzure azure, Path folder, DemoSteps steps)
            throws CommandFailure, IOException, InterruptedException {
        Path pfx = folder.resolve("jenkins-demo.pfx");
        Path cer = folder.resolve("jenkins-demo.cer");
        Path trust = azure.writeTrustStore(folder.resolve("simulators-ca.pem"));

        steps.heading(
                1,
                "Generate a management certificate \"Jenkins - demo\"",
                "In Jenkins: Add Credentials, kind Azure Management Certificate, Generate. Here: the CLI.");
        DemoSteps.Run generated = steps.run("generate", "--name", "demo", "--out", pfx, "--cer", cer);
        check(1, generated.exitCode() == 0 && Files.isRegularFile(cer), "a .pfx for Jenkins and a .cer for Azure");
        ManagementCertificate certificate = load(pfx);

        steps.heading(
                2,
                "Upload the .cer to the subscription",
                "In the Azure portal: Subscriptions, Management certificates, Upload. Azure keeps no private key.");
        azure.uploadManagementCertificate(Files.readAllBytes(cer));
        out().println("Uploaded " + steps.shown(cer.toString()) + " (SHA-1 thumbprint " + certificate.thumbprintSha1()
                + ") to subscription " + azure.subscriptionId());

        steps.heading(
                3,
                "Test the connection and list the hosted services",
                "What Test Connection in Jenkins shows; the 'test' command does the same from a shell.");
        DemoSteps.Run connected = steps.run(
                "test",
                "--subscription",
                azure.subscriptionId(),
                "--cert",
                pfx,
                "--url",
                azure.serviceManagementUrl(),
                "--trust-store",
                trust);
        check(
                3,
                connected.exitCode() == 0
                        && connected.output().contains("demo-web")
                        && connected.output().contains("demo-worker"),
                "connected, two hosted services listed");

        steps.heading(
                4,
                "A certificate Azure does not know",
                "A second certificate, never uploaded: the diagnosis names its thumbprint and says what to do.");
        Path unknownPfx = folder.resolve("unknown.pfx");
        steps.run("generate", "--name", "unknown", "--out", unknownPfx);
        String unknownThumbprint = load(unknownPfx).thumbprintSha1();
        DemoSteps.Run refused = steps.run(
                "test",
                "--subscription",
                azure.subscriptionId(),
                "--cert",
                unknownPfx,
                "--url",
                azure.serviceManagementUrl(),
                "--trust-store",
                trust);
        check(
                4,
                refused.exitCode() == 1 && refused.output().contains(unknownThumbprint),
                "refused, and the diagnosis names thumbprint " + unknownThumbprint);

        steps.heading(
                5,
                "Sign in to Resource Manager with the same certificate",
                "Service Management was retired on 31 August 2024. In Entra ID: App registrations, the app, "
                        + "Certificates & secrets, upload the same .cer; give the app Reader on the subscription.");
        azure.registerOnApplication(certificate.certificate());
        out().println("Registered the certificate on application " + azure.clientId() + " in tenant " + azure.tenantId()
                + ", Reader on the subscription");
        DemoSteps.Run signedIn = steps.run(
                "test",
                "--subscription",
                azure.subscriptionId(),
                "--cert",
                pfx,
                "--url",
                azure.serviceManagementUrl(),
                "--tenant",
                azure.tenantId(),
                "--client-id",
                azure.clientId(),
                "--authority",
                azure.authorityUrl(),
                "--resource-manager",
                azure.resourceManagerUrl(),
                "--trust-store",
                trust);
        check(
                5,
                signedIn.exitCode() == 0
                        && signedIn.output()
                                .contains(ConnectionReportPrinter.connectedMarker(ConnectionResult.RESOURCE_MANAGER)),
                "signed in to Resource Manager and read the subscription");

        steps.heading(
                6,
                "What a build gets from withAzureCert",
                "withAzureCert(credentialsId: 'azure-demo') { ... } writes the certificate beside the workspace, "
                        + "sets these variables, and deletes the files when the block ends.");
        AzureAccount account = new AzureAccount(
                azure.subscriptionId(),
                azure.serviceManagementUrl().toString(),
                certificate.thumbprintSha1(),
                azure.tenantId(),
                azure.clientId(),
                azure.authorityUrl().toString());
        boolean cleaned = new BuildFilesPreview(out(), steps::shown)
                .show(certificate, account, Files.createDirectory(folder.resolve("workspace")));
        check(6, cleaned, "files usable inside the block and gone after it");
    }

    private ManagementCertificate load(Path pfx) throws CommandFailure {
        try {
            return CertificateLoader.load(InputFiles.read(pfx), null);
        } catch (ManagementCertificateException e) {
            throw new CommandFailure("cannot read the generated " + pfx + ": " + e.getMessage(), e);
        }
    }

    private void check(int step, boolean asExpected, String expectation) {
        out().println((asExpected ? "As expected: " : "NOT as expected: ") + expectation);
        out().flush();
        if (!asExpected) {
            unexpected.add("step " + step + " (" + expectation + ")");
        }
    }
}
