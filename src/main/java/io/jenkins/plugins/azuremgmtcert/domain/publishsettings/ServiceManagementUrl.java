package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalises the Service Management base URL of a publishsettings subscription. */
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
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(id, url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ("http".equals(scheme)) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.INSECURE_URL,
                    Messages.PublishSettingsFile_InsecureUrl(id, PublishSettingsReader.quote(url)));
        }
        if (!"https".equals(scheme)
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(id, url);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return "https://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path;
    }

    private static PublishSettingsException invalid(String id, String url) {
        return new PublishSettingsException(
                PublishSettingsException.Reason.INVALID_URL,
                Messages.PublishSettingsFile_InvalidUrl(id, PublishSettingsReader.quote(url)));
    }
}
