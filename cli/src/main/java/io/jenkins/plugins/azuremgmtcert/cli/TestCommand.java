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
import java.util.ArrayList;
import java.util.List;
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
                    + "for Resource Manager passes although the first result is an error. Read both results.",
            "",
            "Roll-over: repeat --cert to test the current certificate and the next one (Azure accepts several at "
                    + "once). Each is tested in turn with the same options; its results follow a line such as "
                    + "'Certificate 2 of 2 (next.pfx):', and a summary names each certificate (file, subject, SHA-1 "
                    + "thumbprint, expiry) as connected or not. Passwords: one --password-env/--password-file for "
                    + "all, or one per --cert in the same order."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:connected: Service Management or, when tested, Resource Manager (at least one of them; "
                    + "both results are printed); with several --cert, every certificate connected",
            "1:no API connected (the diagnosis is printed), or a certificate could not be read (then none is "
                    + "tested); with several --cert, at least one certificate did not connect",
            "2:wrong command line (unknown cloud, malformed URL, --tenant without --client-id, a count of "
                    + "passwords that is neither 1 nor that of --cert)"
        })
final class TestCommand extends CliCommand {

    private static final Duration MAX_CONNECT_TIMEOUT = ConnectionSettings.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--subscription", required = true, paramLabel = "ID", description = "The subscription ID (a GUID).")
    String subscription;

    @Mixin
    TestedCertificates certificates;

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
        List<TestedCertificates.Entry> entries = certificates.entries();
        ConnectionSettings settings = settings();
        List<ManagementCertificate> loaded = certificates.load(entries, environment());
        ConnectionReportPrinter report = new ConnectionReportPrinter(out());
        String subscriptionId = subscription.strip();
        if (entries.size() == 1) {
            boolean connected = test(loaded.get(0), report, settings, serviceManagement, endpoints, subscriptionId);
            return connected
                    ? ExitCodes.OK
                    : fail("the certificate could not connect to Azure; see the diagnosis above");
        }
        boolean[] connected = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                report.blankLine();
            }
            report.heading(capitalized(entries.get(i).label()) + ":");
            connected[i] = test(loaded.get(i), report, settings, serviceManagement, endpoints, subscriptionId);
        }
        report.blankLine();
        report.heading("Summary:");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String label = entries.get(i).label();
            report.line(
                    connected[i] ? "OK" : "ERROR",
                    capitalized(label) + ": " + (connected[i] ? "connected" : "not connected") + ", "
                            + ConnectionReportPrinter.identity(loaded.get(i)));
            if (!connected[i]) {
                failed.add(label);
            }
        }
        if (failed.isEmpty()) {
            return ExitCodes.OK;
        }
        return fail(failed.size() + " of " + entries.size() + " certificates could not connect to Azure ("
                + String.join(", ", failed) + "); see the diagnosis above");
    }

    /** Today's test of one certificate: its description, then each API's result; true if one API connected. */
    private boolean test(
            ManagementCertificate certificate,
            ConnectionReportPrinter report,
            ConnectionSettings settings,
            URI serviceManagement,
            ResourceManagerEndpoints endpoints,
            String subscriptionId) {
        report.certificate(certificate, clock());
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
        return connected;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
