package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSourceException;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFiles;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourceRequest;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourcedCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Test Connection for a credential being created or edited: resolves the certificate from the form's input (never
 * generating one), checks the fields, then runs the Service Management test and, when tenant and application ID are
 * given, the Resource Manager test (at the custom endpoints when both are given, else at the cloud's). The caller has
 * checked the permission.
 */
final class ConnectionTest {
    /** The form's values. */
    record Input(
            @CheckForNull String subscriptionId,
            @CheckForNull String cloud,
            @CheckForNull String customUrl,
            @CheckForNull String tenantId,
            @CheckForNull String applicationId,
            @CheckForNull String customAuthorityHost,
            @CheckForNull String customResourceManagerUrl,
            @CheckForNull CertificateSource source,
            @NonNull SecretFiles secretFiles) {

        /** The form's values when no Secret file can be looked up. */
        Input(
                String subscriptionId,
                String cloud,
                String customUrl,
                String tenantId,
                String applicationId,
                String customAuthorityHost,
                String customResourceManagerUrl,
                CertificateSource source) {
            this(
                    subscriptionId,
                    cloud,
                    customUrl,
                    tenantId,
                    applicationId,
                    customAuthorityHost,
                    customResourceManagerUrl,
                    source,
                    SecretFiles.NONE);
        }

        /** The same values with another certificate: the next one, tested like the current one. */
        Input withSource(@CheckForNull CertificateSource other) {
            return new Input(
                    subscriptionId,
                    cloud,
                    customUrl,
                    tenantId,
                    applicationId,
                    customAuthorityHost,
                    customResourceManagerUrl,
                    other,
                    secretFiles);
        }
    }

    private final ConnectionTester tester;
    private final Supplier<ConnectionSettings> settings;
    private final Clock clock;

    ConnectionTest(
            @NonNull ConnectionTester tester, @NonNull Supplier<ConnectionSettings> settings, @NonNull Clock clock) {
        this.tester = Objects.requireNonNull(tester, "tester");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a test showed: the report, the tested certificate's thumbprint ({@code null} if it could not be read) and
     * whether Azure accepted it (Service Management or Resource Manager connected).
     */
    record Outcome(
            @NonNull FormValidation validation,
            @CheckForNull String thumbprint,
            boolean connected) {}

    @NonNull
    FormValidation run(@NonNull Input input) {
        return test(input, null).validation();
    }

    /**
     * Tests one certificate; with a label ("Current certificate", "Next certificate") the report starts with it, so
     * that the reports of several certificates can be told apart.
     */
    @NonNull
    Outcome test(@NonNull Input input, @CheckForNull String label) {
        Outcome outcome = testUnlabelled(input);
        if (label == null) {
            return outcome;
        }
        FormValidation labelled = FormValidation.aggregate(List.of(
                FormValidation.okWithMarkup("<strong>" + Util.escape(label) + "</strong>"), outcome.validation()));
        return new Outcome(labelled, outcome.thumbprint(), outcome.connected());
    }

    private Outcome testUnlabelled(Input input) {
        if (input.source() == null) {
            return new Outcome(FormValidation.error(Messages.ConnectionTest_NoCertificate()), null, false);
        }
        SourcedCertificate sourced;
        try {
            sourced = input.source()
                    .resolve(new SourceRequest("test", input.subscriptionId(), false, null, input.secretFiles()));
        } catch (CertificateSourceException e) {
            return new Outcome(FormValidation.error(e.getMessage()), null, false);
        }
        ManagementCertificate certificate = sourced.certificate();
        String subscription;
        AzureCloud cloud;
        URI url;
        ResourceManagerEndpoints endpoints;
        try {
            subscription = AzureEndpoints.subscriptionId(
                    AzureEndpoints.isBlank(input.subscriptionId()) ? sourced.subscriptionId() : input.subscriptionId());
            cloud = AzureEndpoints.cloud(input.cloud(), sourced.serviceManagementUrl());
            url = AzureEndpoints.serviceManagementUrl(cloud, input.customUrl(), sourced.serviceManagementUrl());
            endpoints = AzureEndpoints.resourceManager(
                    cloud, input.customAuthorityHost(), input.customResourceManagerUrl());
        } catch (IllegalArgumentException e) {
            return new Outcome(FormValidation.error(e.getMessage()), certificate.thumbprintSha1(), false);
        }
        ConnectionSettings connection = settings.get();
        List<FormValidation> report = new ArrayList<>();
        report.add(CertificateSummary.of(certificate).toFormValidation(clock));
        ConnectionResult serviceManagement = tester.serviceManagement(connection, url, subscription, certificate);
        boolean connected = serviceManagement.isSuccess();
        report.add(ConnectionReport.ofServiceManagement(serviceManagement, url));
        String tenant = AzureEndpoints.trimToNull(input.tenantId());
        String application = AzureEndpoints.trimToNull(input.applicationId());
        if (tenant != null && application != null) {
            ConnectionResult resourceManager =
                    tester.resourceManager(connection, endpoints, tenant, application, subscription, certificate);
            connected |= resourceManager.isSuccess();
            report.add(ConnectionReport.of(resourceManager));
        } else if (tenant != null || application != null) {
            report.add(FormValidation.warning(Messages.ConnectionTest_ResourceManagerIncomplete()));
        }
        return new Outcome(FormValidation.aggregate(report), certificate.thumbprintSha1(), connected);
    }
}
