package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ProxyConfiguration;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applies Jenkins' proxy configuration (Manage Jenkins → System → HTTP Proxy) to the domain's connection settings:
 * the same selection as {@code ProxyConfiguration.newHttpClientBuilder()} (proxy for http and https unless the host
 * matches "No Proxy Host"), and the proxy's user name and password answering only the proxy's challenge. The domain
 * clients need their own TLS context for the client certificate, so Jenkins' ready-made client builder cannot be used.
 */
public final class JenkinsProxySettings {
    private JenkinsProxySettings() {}

    /** The settings with the proxy applied; unchanged without a proxy configuration. */
    @NonNull
    public static ConnectionSettings apply(
            @NonNull ConnectionSettings settings, @CheckForNull ProxyConfiguration proxy) {
        if (proxy == null || proxy.getName() == null) {
            return settings;
        }
        return settings.withProxy(
                new Selector(
                        proxy.getName(),
                        proxy.getPort(),
                        ProxyConfiguration.getNoProxyHostPatterns(proxy.getNoProxyHost())),
                authenticator(proxy));
    }

    @CheckForNull
    private static Authenticator authenticator(ProxyConfiguration proxy) {
        String user = proxy.getUserName();
        if (user == null) {
            return null;
        }
        Secret password = proxy.getSecretPassword();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY) {
                    return null;
                }
                return new PasswordAuthentication(
                        user, Secret.toString(password).toCharArray());
            }
        };
    }

    /** Jenkins' proxy for http and https, except for excluded hosts. */
    static final class Selector extends ProxySelector {
        private final Proxy proxy;
        private final List<Pattern> exclusions;

        Selector(String host, int port, List<Pattern> exclusions) {
            this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
            this.exclusions = List.copyOf(exclusions);
        }

        @Override
        public List<Proxy> select(URI uri) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean excluded = exclusions.stream().anyMatch(p -> p.matcher(host).matches());
            boolean web = scheme.equals("http") || scheme.equals("https");
            return List.of(web && !excluded ? proxy : Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException e) {
            // nothing to remember: the next attempt uses the same proxy
        }
    }
}
