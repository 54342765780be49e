package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Locale;

/**
 * Checks and normalises the Service Management base URL of a publishsettings subscription, with the rules of
 * {@link io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl} and messages that name the
 * subscription.
 */
final class ServiceManagementUrl {

    /** The public cloud's endpoint, assumed when the file names none (as Azure PowerShell did). */
    static final String PUBLIC_CLOUD = "https://management.core.windows.net";

    private ServiceManagementUrl() {}

    /**
     * Returns the URL as {@code https://host[:port][/path]} without trailing slash.
     *
     * @param id the subscription, for messages
     * @param url the value from the file, or {@code null} for the public cloud
     */
    static String normalise(String id, @CheckForNull String url) throws PublishSettingsException {
        if (url == null) {
            return PUBLIC_CLOUD;
        }
        if (url.trim().toLowerCase(Locale.ROOT).startsWith("http:")) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.INSECURE_URL,
                    Messages.PublishSettingsFile_InsecureUrl(id, PublishSettingsReader.quote(url)));
        }
        try {
            return io.jenkins.plugins.azuremgmtcert.domain.azure.ServiceManagementUrl.of(url)
                    .toString();
        } catch (IllegalArgumentException e) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.INVALID_URL,
                    Messages.PublishSettingsFile_InvalidUrl(id, PublishSettingsReader.quote(url)),
                    e);
        }
    }
}
