package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Shows a domain {@link ConnectionResult} on the form: the summary and hosted services on success, the diagnosis and
 * Azure's request ID otherwise (once). Every text is plain (escaped); the domain's messages hold no secret.
 */
final class ConnectionReport {
    /**
     * The failures that only a server speaking Service Management produces (an {@code <Error>} with a code Azure
     * uses), or that come before any I/O. Any other failure of an endpoint that is no Azure cloud's is reported as
     * "not an Azure Service Management endpoint", so that Test Connection tells nobody which ports are open or what a
     * server answered.
     */
    private static final Set<FailureKind> SERVICE_MANAGEMENT_ANSWERS = EnumSet.of(
            FailureKind.CERTIFICATE_NOT_ASSOCIATED,
            FailureKind.SUBSCRIPTION_DISABLED,
            FailureKind.SUBSCRIPTION_NOT_FOUND,
            FailureKind.SUBSCRIPTION_ID_MALFORMED);

    private ConnectionReport() {}

    /**
     * The report of a Service Management test: in full for an Azure cloud's endpoint; for any other URL only a
     * success or a Service Management answer, otherwise that the host is not a Service Management endpoint.
     */
    @NonNull
    static FormValidation ofServiceManagement(@NonNull ConnectionResult result, @NonNull URI url) {
        if (AzureCloud.fromServiceManagementUrl(url.toString()).isPresent()
                || result.isSuccess()
                || SERVICE_MANAGEMENT_ANSWERS.contains(result.failureKind())) {
            return of(result);
        }
        return FormValidation.error(Messages.ConnectionReport_NotAzureEndpoint(url.getHost()));
    }

    @NonNull
    static FormValidation of(@NonNull ConnectionResult result) {
        String api = result.api() == null ? "" : result.api() + ": ";
        if (!result.isSuccess()) {
            // Service Management diagnoses already name the request ID; add it only where the message does not.
            boolean named = result.requestId() == null || result.message().contains(result.requestId());
            String text = named
                    ? api + result.message()
                    : Messages.ConnectionReport_FailedWithRequestId(api + result.message(), result.requestId());
            return FormValidation.error(text);
        }
        List<FormValidation> lines = new ArrayList<>();
        lines.add(FormValidation.ok(result.message())); // names the API: "Connected to … through Service Management"
        for (HostedService service : result.hostedServices()) {
            lines.add(FormValidation.ok(Messages.ConnectionReport_HostedService(
                    service.name(),
                    service.location() == null ? "-" : service.location(),
                    service.status() == null ? "-" : service.status())));
        }
        return FormValidation.aggregate(lines);
    }
}
