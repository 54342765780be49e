package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerClient;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.azure.asm.ServiceManagementClient;
import io.jenkins.plugins.azuremgmtcert.domain.azure.asm.SubscriptionIdFormat;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code test}: what Jenkins' Test Connection button does, from the command line. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Test a management certificate against Azure, as Test Connection in Jenkins does.",
            "",
            "Reads the subscription and lists its hosted services through Azure Service Management (mutual TLS with "
                    + "the certificate; Azure retired this API on 31 August 2024). With --tenant and --client-id it "
                    + "then signs in to Resource Manager as that application with the same certificate and reads the "
                    + "subscription. Prints each result: the subscription and hosted services, or the diagnosis and "
                    + "what to do.",
            "",
            "Proxy: https_proxy / HTTPS_PROXY = [http://][user:password@]host[:port] (port 1080 by default), hosts "
                    + "in no_proxy / NO_PROXY are reached directly. The proxy's user and password go to the proxy "
                    + "only.",
            "Trust: the platform's CAs (or -Djavax.net.ssl.trustStore), or --trust-store for a private endpoint; "
                    + "host names are always verified.",
            "",
            "Success means at least one API connected: Azure retired Service Management, so a certificate set up "
                    + "for Resource Manager passes although the first result is an error. Read both results."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:connected: Service Management or, when tested, Resource Manager (at least one of them; "
                    + "both results are printed)",
            "1:no API connected (the diagnosis is printed), or the certificate could not be read",
            "2:wrong command line (unknown cloud, malformed URL, --tenant without --client-id)"
        })
final class TestCommand extends CliCommand {

    private static final Duration MAX_CONNECT_TIMEOUT = ConnectionSettings.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--subscription", required = true, paramLabel = "ID", description = "The subscription ID (a GUID).")
    String subscription;

    @Option(
            names = "--cert",
            required = true,
            paramLabel = "FILE",
            description = "The certificate with its private key: .pfx/.p12, or PEM with certificate and key.")
    Path certificateFile;

    @Mixin
    InputPasswordOptions passwords;

    @Option(
            names = "--cloud",
            paramLabel = "NAME",
            converter = CloudName.class,
            description = "The Azure cloud: " + CloudName.NAMES + " (default: public).")
    AzureCloud cloud;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "A Service Management URL instead of the cloud's (https; private endpoints, simulators).")
    String url;

    @Option(
            names = "--tenant",
            paramLabel = "TENANT",
            description = "Also test Resource Manager: the Entra ID tenant (directory) ID or domain.")
    String tenant;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "The application (client) ID on which the certificate is registered.")
    String clientId;

    @Option(
            names = "--authority",
            paramLabel = "URL",
            description = "The Entra ID authority instead of the cloud's, e.g. https://login.microsoftonline.com.")
    String authority;

    @Option(
            names = "--resource-manager",
            paramLabel = "URL",
            description = "The Resource Manager URL instead of the cloud's, e.g. https://management.azure.com.")
    String resourceManager;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "The most one API's test may take, in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--trust-store",
            paramLabel = "FILE",
            description = "Trust these CA certificates instead of the platform's: PEM, or a PKCS#12/JKS trust "
                    + "store readable without a password.")
    Path trustStore;

    @Override
    int execute() throws CommandFailure, ManagementCertificateException {
        AzureCloud chosenCloud = cloud == null ? AzureCloud.AZURE_PUBLIC : cloud;
        URI serviceManagement = serviceManagementUrl(chosenCloud);
        ResourceManagerEndpoints endpoints = resourceManagerEndpoints(chosenCloud);
        if (!SubscriptionIdFormat.isValid(subscription)) {
            // a wrong command line, as --help promises: exit status 2, before any file or network is touched
            throw new ParameterException(spec.commandLine(), SubscriptionIdFormat.invalidMessage());
        }
        ConnectionSettings settings = settings();
        ManagementCertificate certificate =
                CertificateInput.read(certificateFile).load(passwords, environment(), null);
        ConnectionReportPrinter report = new ConnectionReportPrinter(out());
        report.certificate(certificate, clock());
        String subscriptionId = subscription.strip();
        ConnectionResult classic =
                new ServiceManagementClient(settings).testConnection(serviceManagement, subscriptionId, certificate);
        report.result(ConnectionResult.SERVICE_MANAGEMENT, classic);
        boolean connected = classic.isSuccess();
        if (endpoints != null) {
            ConnectionResult modern = new ResourceManagerClient(settings, clock())
                    .testConnection(endpoints, tenant.strip(), clientId.strip(), subscriptionId, certificate);
            report.result(ConnectionResult.RESOURCE_MANAGER, modern);
            connected |= modern.isSuccess();
        }
        return connected ? ExitCodes.OK : fail("the certificate could not connect to Azure; see the diagnosis above");
    }

    private URI serviceManagementUrl(AzureCloud chosenCloud) {
        if (url == null) {
            return chosenCloud.serviceManagementUrl();
        }
        if (cloud != null) {
            throw usage("Use either --cloud or --url, not both.");
        }
        try {
            return ServiceManagementUrl.of(url).uri();
        } catch (IllegalArgumentException e) {
            throw usage("--url: " + e.getMessage());
        }
    }

    private ResourceManagerEndpoints resourceManagerEndpoints(AzureCloud chosenCloud) {
        if (tenant == null && clientId == null) {
            if (authority != null || resourceManager != null) {
                throw usage("--authority and --resource-manager need --tenant and --client-id.");
            }
            return null;
        }
        if (tenant == null || clientId == null) {
            throw usage("Give both --tenant and --client-id to test Resource Manager.");
        }
        try {
            return ResourceManagerEndpoints.of(
                    authority == null ? chosenCloud.authorityHost().toString() : authority,
                    resourceManager == null ? chosenCloud.resourceManagerUrl().toString() : resourceManager);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ConnectionSettings settings() throws CommandFailure {
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        ConnectionSettings settings = ConnectionSettings.defaults()
                .withRequestTimeout(timeout)
                .withConnectTimeout(timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT);
        ProxyEnvironment proxy = ProxyEnvironment.read(environment());
        if (proxy != null) {
            settings = settings.withProxy(proxy.selector(), proxy.authenticator());
        }
        return trustStore == null ? settings : settings.withTrustStore(TrustStoreFile.load(trustStore));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
