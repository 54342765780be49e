package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code simulate} tells the user once the simulators run: URLs, IDs, the certificate and the files, as text or
 * as one JSON object. Variable values stay in the env file; the PKCS#12 password is never printed.
 */
final class SimulationReport {

    /** The example request printed after {@code source}: Service Management's List Cloud Services with curl. */
    static final String CURL_EXAMPLE =
            "curl --cacert \"$CURL_CA_BUNDLE\" --cert \"$" + AzureVariableNames.PEM + "\" \"$"
                    + AzureVariableNames.SERVICE_MANAGEMENT_URL + "/$" + AzureVariableNames.SUBSCRIPTION_ID
                    + "/services/hostedservices\" -H 'x-ms-version: 2014-06-01'";

    private final DemoAzure azure;
    private final ManagementCertificate certificate;
    private final String certificateSource;
    private final Path folder;
    private final Path caFile;
    private final Path envFile;
    private final Path certificateFolder;
    private final AzureEnvironmentVariables variables;
    private final long durationSeconds;

    /**
     * @param certificateSource the file the certificate came from; null if the command generated it
     * @param durationSeconds how long the simulators run; 0 until interrupted
     */
    SimulationReport(
            DemoAzure azure,
            ManagementCertificate certificate,
            String certificateSource,
            Path folder,
            Path caFile,
            Path envFile,
            Path certificateFolder,
            AzureEnvironmentVariables variables,
            long durationSeconds) {
        this.azure = azure;
        this.certificate = certificate;
        this.certificateSource = certificateSource;
        this.folder = folder;
        this.caFile = caFile;
        this.envFile = envFile;
        this.certificateFolder = certificateFolder;
        this.variables = variables;
        this.durationSeconds = durationSeconds;
    }

    void printText(PrintWriter out) {
        out.println("Simulators of Azure on 127.0.0.1, "
                + (durationSeconds == 0 ? "until Ctrl-C:" : "for " + durationSeconds + " seconds:"));
        row(
                out,
                "Service Management (classic API)",
                azure.serviceManagementUrl().toString());
        row(out, "Entra ID and Resource Manager", azure.authorityUrl().toString());
        row(
                out,
                "Subscription",
                azure.subscriptionId() + " ('" + DemoAzure.SUBSCRIPTION_NAME
                        + "', hosted services demo-web, demo-worker)");
        row(out, "Tenant", azure.tenantId());
        row(out, "Application (client) ID", azure.clientId() + " (Reader on the subscription)");
        row(
                out,
                "Certificate",
                certificate.describe().subject() + ", SHA-1 thumbprint " + certificate.thumbprintSha1() + " ("
                        + (certificateSource == null ? "generated" : "from " + certificateSource) + ")");
        row(out, "", "management certificate of the subscription and credential of the application");
        out.println("Files in " + folder + " (deleted when the simulators stop):");
        row(out, "CA of both simulators", caFile.toString());
        row(out, "withAzureCert's variables", envFile.toString());
        row(out, "Certificate files", certificateFolder + "/ (certificate.pfx, .pem, .cer)");
        out.println("Try:");
        out.println("  source " + envFile);
        out.println("  " + CURL_EXAMPLE);
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-34s %s%n", label, value);
    }

    JsonObject toJson() {
        List<String> names = new ArrayList<>(variables.all().keySet());
        names.addAll(EnvironmentFile.CA_VARIABLES.keySet());
        return new JsonObject()
                .put("serviceManagementUrl", azure.serviceManagementUrl().toString())
                .put("authorityUrl", azure.authorityUrl().toString())
                .put("resourceManagerUrl", azure.resourceManagerUrl().toString())
                .put("subscriptionId", azure.subscriptionId())
                .put("subscriptionName", DemoAzure.SUBSCRIPTION_NAME)
                .put("tenantId", azure.tenantId())
                .put("clientId", azure.clientId())
                .put(
                        "certificate",
                        new JsonObject()
                                .put("subject", certificate.describe().subject())
                                .put("thumbprintSha1", certificate.thumbprintSha1())
                                .put("file", certificateSource)
                                .put("generated", certificateSource == null))
                .put("folder", folder.toString())
                .put("caFile", caFile.toString())
                .put("envFile", envFile.toString())
                .put("certificateFolder", certificateFolder.toString())
                .put("variables", names)
                .put("durationSeconds", durationSeconds);
    }
}
