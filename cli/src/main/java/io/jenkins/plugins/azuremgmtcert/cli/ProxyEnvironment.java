package io.jenkins.plugins.azuremgmtcert.cli;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.Authenticator;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * The proxy the standard variables name, as curl and most command-line tools read them: {@code https_proxy} (or
 * {@code HTTPS_PROXY}) = {@code [http://][user:password@]host[:port]} (port 1080 if none, as curl), and
 * {@code no_proxy} (or {@code NO_PROXY}) = hosts to reach directly, see {@link NoProxyList}. A user and password in
 * the URL (percent-encoded where needed) are answered to the proxy's challenge only, never to a server.
 */
final class ProxyEnvironment {

    /** The default proxy port when the variable names none, as curl's. */
    static final int DEFAULT_PORT = 1080;

    private final String host;
    private final int port;
    private final String user;
    private final char[] password;
    private final NoProxyList noProxy;

    private ProxyEnvironment(String host, int port, String user, char[] password, NoProxyList noProxy) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.noProxy = noProxy;
    }

    /**
     * The proxy the variables configure, or null when {@code https_proxy}/{@code HTTPS_PROXY} is unset or empty.
     *
     * @throws CommandFailure if the variable is not a proxy URL this tool can use
     */
    @CheckForNull
    static ProxyEnvironment read(Function<String, String> environment) throws CommandFailure {
        String variable = firstSet(environment, "https_proxy", "HTTPS_PROXY");
        if (variable == null) {
            return null;
        }
        String value = environment.apply(variable).strip();
        URI uri = parse(variable, value);
        String user = null;
        char[] password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = decode(colon < 0 ? "" : userInfo.substring(colon + 1)).toCharArray();
        }
        String noProxyVariable = firstSet(environment, "no_proxy", "NO_PROXY");
        NoProxyList noProxy = NoProxyList.parse(noProxyVariable == null ? "" : environment.apply(noProxyVariable));
        int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
        return new ProxyEnvironment(uri.getHost(), port, user, password, noProxy);
    }

    /** The proxy host. */
    String host() {
        return host;
    }

    /** The proxy port. */
    int port() {
        return port;
    }

    /** Whether the URL carried a user name, so the proxy's Basic challenge gets an answer. */
    boolean hasCredentials() {
        return user != null;
    }

    /** Selects the proxy for https URLs except the {@code no_proxy} hosts. */
    EnvironmentProxySelector selector() {
        return new EnvironmentProxySelector(host, port, noProxy);
    }

    /** Answers the proxy's challenge with the URL's user and password; null without credentials. */
    @CheckForNull
    Authenticator authenticator() {
        return user == null ? null : new ProxyCredentials(host, port, user, password.clone());
    }

    private static URI parse(String variable, String value) throws CommandFailure {
        String withScheme = value.contains("://") ? value : "http://" + value;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new CommandFailure(variable + " is not a proxy URL; set it to http://host:port", e);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new CommandFailure(variable + " names a " + scheme + ":// proxy; this tool talks to proxies "
                    + "over http:// only (the tunnel to Azure is encrypted either way); set it to http://host:port");
        }
        if (uri.getHost() == null) {
            throw new CommandFailure(variable + " names no proxy host; set it to http://host:port");
        }
        return uri;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @CheckForNull
    private static String firstSet(Function<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                return name;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "ProxyEnvironment[" + host + ":" + port + (user == null ? "" : ", credentials=******") + ", no_proxy="
                + noProxy + "]";
    }
}
