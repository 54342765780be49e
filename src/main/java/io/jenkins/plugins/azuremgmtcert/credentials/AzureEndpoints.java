package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerEndpoints;
import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ResourceManagerIdentifiers;
import java.net.URI;
import java.util.Locale;

/** Reads the form's cloud, endpoint and identifier fields, with localised messages for what is wrong. */
final class AzureEndpoints {
    private AzureEndpoints() {}

    /** The cloud by its name; blank means the public cloud. */
    @NonNull
    static AzureCloud cloud(@CheckForNull String name) {
        if (isBlank(name)) {
            return AzureCloud.AZURE_PUBLIC;
        }
        try {
            return AzureCloud.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // No cause: this localised message is what the form shows (see CredentialFormFailure).
            throw new IllegalArgumentException(Messages.AzureEndpoints_UnknownCloud(name));
        }
    }

    /**
     * The cloud to use for Resource Manager: a sovereign cloud named by a {@code .publishsettings} file's URL wins over
     * the form's select (public by default), otherwise the select's.
     */
    @NonNull
    static AzureCloud cloud(@CheckForNull String name, @CheckForNull String urlFromSource) {
        AzureCloud sovereign = sovereignCloud(urlFromSource);
        return sovereign != null ? sovereign : cloud(name);
    }

    /** The China or US Government cloud whose Service Management URL this is, or {@code null}. */
    @CheckForNull
    static AzureCloud sovereignCloud(@CheckForNull String serviceManagementUrl) {
        if (isBlank(serviceManagementUrl)) {
            return null;
        }
        AzureCloud known =
                AzureCloud.fromServiceManagementUrl(serviceManagementUrl.trim()).orElse(null);
        return known == AzureCloud.AZURE_PUBLIC ? null : known;
    }

    /** The custom URL when one is given, else the one a publish settings file named, else the cloud's. */
    @NonNull
    static URI serviceManagementUrl(
            @NonNull AzureCloud cloud, @CheckForNull String custom, @CheckForNull String fromSource) {
        if (!isBlank(custom)) {
            return ServiceManagementUrl.of(custom.trim()).uri();
        }
        if (!isBlank(fromSource)) {
            return ServiceManagementUrl.of(fromSource.trim()).uri();
        }
        return cloud.serviceManagementUrl();
    }

    /**
     * The Resource Manager endpoints to sign in with: the custom authority host and Resource Manager URL when both are
     * given (Azure Stack Hub, a private cloud, a simulator), the cloud's when neither is.
     *
     * @throws IllegalArgumentException with a localised message when only one is given or one is not a plain https URL
     */
    @NonNull
    static ResourceManagerEndpoints resourceManager(
            @NonNull AzureCloud cloud,
            @CheckForNull String customAuthorityHost,
            @CheckForNull String customResourceManagerUrl) {
        boolean authority = !isBlank(customAuthorityHost);
        boolean resourceManager = !isBlank(customResourceManagerUrl);
        if (authority != resourceManager) {
            throw new IllegalArgumentException(Messages.AzureEndpoints_CustomResourceManagerIncomplete());
        }
        return authority
                ? ResourceManagerEndpoints.of(customAuthorityHost, customResourceManagerUrl)
                : ResourceManagerEndpoints.of(cloud);
    }

    /** Throws with a message saying what to enter unless the text is a subscription ID (a GUID). */
    @NonNull
    static String subscriptionId(@CheckForNull String text) {
        if (!ResourceManagerIdentifiers.isGuid(text == null ? null : text.trim())) {
            throw new IllegalArgumentException(Messages.AzureEndpoints_SubscriptionId());
        }
        return text.trim();
    }

    static boolean isBlank(@CheckForNull String text) {
        return text == null || text.isBlank();
    }

    @CheckForNull
    static String trimToNull(@CheckForNull String text) {
        return isBlank(text) ? null : text.trim();
    }
}
