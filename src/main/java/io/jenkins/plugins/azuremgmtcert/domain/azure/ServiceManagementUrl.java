package io.jenkins.plugins.azuremgmtcert.domain.azure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A validated Service Management base URL: https only, no query/fragment, trailing slash removed. */
public final class ServiceManagementUrl {

    private final URI uri;

    private ServiceManagementUrl(URI uri) {
        this.uri = uri;
    }

    /**
     * Validates a base URL as typed by a user or found in a {@code .publishsettings} file.
     *
     * @throws IllegalArgumentException with a localised message saying what is wrong
     */
    public static ServiceManagementUrl of(String url) throws IllegalArgumentException {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_Empty());
        }
        String trimmed = url.trim();
        URI parsed;
        try {
            parsed = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_Invalid(trimmed), e);
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !scheme.toLowerCase(Locale.ROOT).equals("https")) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_NotHttps(trimmed));
        }
        if (parsed.getHost() == null || parsed.getHost().isEmpty()) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_Invalid(trimmed));
        }
        if (parsed.getRawUserInfo() != null) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_UserInfo());
        }
        if (parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException(Messages.ServiceManagementUrl_QueryOrFragment(trimmed));
        }
        String path = parsed.getRawPath() == null ? "" : parsed.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = parsed.getPort() == -1 ? "" : ":" + parsed.getPort();
        String host = parsed.getHost().toLowerCase(Locale.ROOT);
        return new ServiceManagementUrl(URI.create("https://" + host + port + path));
    }

    /** The base URL, https, without a trailing slash. */
    public URI uri() {
        return uri;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceManagementUrl && ((ServiceManagementUrl) other).uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
