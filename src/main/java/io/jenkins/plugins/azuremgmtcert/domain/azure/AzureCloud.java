package io.jenkins.plugins.azuremgmtcert.domain.azure;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The Azure clouds that had a Service Management endpoint, with the endpoints a management certificate is used
 * against: Service Management (retired 31 August 2024), Resource Manager and the Entra ID authority.
 */
public enum AzureCloud {
    /** The global Azure cloud. */
    AZURE_PUBLIC(
            "https://management.core.windows.net", "https://management.azure.com", "https://login.microsoftonline.com"),
    /** Azure operated by 21Vianet in China (Mooncake). */
    AZURE_CHINA(
            "https://management.core.chinacloudapi.cn",
            "https://management.chinacloudapi.cn",
            "https://login.chinacloudapi.cn"),
    /** Azure US Government. */
    AZURE_US_GOVERNMENT(
            "https://management.core.usgovcloudapi.net",
            "https://management.usgovcloudapi.net",
            "https://login.microsoftonline.us");

    private final URI serviceManagementUrl;
    private final URI resourceManagerUrl;
    private final URI authorityHost;

    AzureCloud(String serviceManagementUrl, String resourceManagerUrl, String authorityHost) {
        this.serviceManagementUrl = URI.create(serviceManagementUrl);
        this.resourceManagerUrl = URI.create(resourceManagerUrl);
        this.authorityHost = URI.create(authorityHost);
    }

    /** The name users know the cloud by, localised. */
    public String displayName() {
        switch (this) {
            case AZURE_CHINA:
                return Messages.AzureCloud_China();
            case AZURE_US_GOVERNMENT:
                return Messages.AzureCloud_UsGovernment();
            default:
                return Messages.AzureCloud_Public();
        }
    }

    /** The Service Management base URL, without a trailing slash, e.g. {@code https://management.core.windows.net}. */
    public URI serviceManagementUrl() {
        return serviceManagementUrl;
    }

    /** The Resource Manager base URL, without a trailing slash, e.g. {@code https://management.azure.com}. */
    public URI resourceManagerUrl() {
        return resourceManagerUrl;
    }

    /** The Entra ID authority host, without a trailing slash, e.g. {@code https://login.microsoftonline.com}. */
    public URI authorityHost() {
        return authorityHost;
    }

    /**
     * The cloud whose Service Management endpoint this is, as found in a {@code .publishsettings} file
     * ({@code ServiceManagementUrl} or {@code Url}). Tolerant of a trailing slash, case and surrounding spaces.
     *
     * @return empty for a URL of no known cloud (a private endpoint or a closed cloud such as Azure Germany)
     */
    public static Optional<AzureCloud> fromServiceManagementUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String normalised = url.trim().toLowerCase(Locale.ROOT);
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        for (AzureCloud cloud : values()) {
            if (cloud.serviceManagementUrl.toString().equals(normalised)) {
                return Optional.of(cloud);
            }
        }
        return Optional.empty();
    }
}
