package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a domain {@link ConnectionResult} on the form: the summary and hosted services on success, the diagnosis and
 * Azure's request ID otherwise (once). Every text is plain (escaped); the domain's messages hold no secret.
 */
final class ConnectionReport {
    private ConnectionReport() {}

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
