package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerIdentifiers;
import java.net.URI;

/** The checks behind the form's fields; pure functions of the value (permissions are the caller's business). */
final class FieldChecks {
    private FieldChecks() {}

    static FormValidation subscriptionId(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.warning(Messages.FieldChecks_SubscriptionIdMissing());
        }
        return ResourceManagerIdentifiers.isGuid(value.trim())
                ? FormValidation.ok()
                : FormValidation.error(Messages.AzureEndpoints_SubscriptionId());
    }

    static FormValidation customServiceManagementUrl(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.ok();
        }
        try {
            URI uri = ServiceManagementUrl.of(value.trim()).uri();
            return AzureCloud.fromServiceManagementUrl(uri.toString())
                    .map(c -> FormValidation.ok(Messages.FieldChecks_KnownCloud(c.displayName())))
                    .orElse(FormValidation.ok());
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation tenantId(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.ok();
        }
        return ResourceManagerIdentifiers.isTenant(value.trim())
                ? FormValidation.ok()
                : FormValidation.error(Messages.AzureManagementCertificateCredentialsImpl_BadTenant());
    }

    static FormValidation applicationId(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.ok();
        }
        return ResourceManagerIdentifiers.isGuid(value.trim())
                ? FormValidation.ok()
                : FormValidation.error(Messages.AzureManagementCertificateCredentialsImpl_BadApplication());
    }

    static FormValidation customAuthorityHost(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.ok();
        }
        try {
            ResourceManagerEndpoints.authorityUrl(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation customResourceManagerUrl(@CheckForNull String value) {
        if (AzureEndpoints.isBlank(value)) {
            return FormValidation.ok();
        }
        try {
            ResourceManagerEndpoints.resourceManagerUrl(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static ListBoxModel clouds() {
        ListBoxModel model = new ListBoxModel();
        for (AzureCloud cloud : AzureCloud.values()) {
            model.add(cloud.displayName(), cloud.name());
        }
        return model;
    }
}
