package io.jenkins.plugins.azuremgmtcert.domain.azure;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;

/**
 * How to connect: timeouts (defaults 10 s connect, 30 s overall), proxy, trust. Immutable; every {@code with…}
 * returns a copy.
 */
public final class ConnectionSettings {

    /** Default time to establish the TCP connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time for each request, from sending to the end of the response body. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final ProxySelector proxy;
    private final Authenticator proxyAuthenticator;
    private final KeyStore trustStore;

    private ConnectionSettings(
            Duration connectTimeout,
            Duration requestTimeout,
            ProxySelector proxy,
            Authenticator proxyAuthenticator,
            KeyStore trustStore) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.proxy = proxy;
        this.proxyAuthenticator = proxyAuthenticator;
        this.trustStore = trustStore;
    }

    /**
     * Platform trust ({@code TrustManagerFactory.init((KeyStore) null)}, which honours
     * {@code javax.net.ssl.trustStore}), no proxy, 10 s to connect, 30 s per request.
     */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, null, null, null);
    }

    /** @throws IllegalArgumentException if not positive */
    public ConnectionSettings withConnectTimeout(Duration d) {
        return new ConnectionSettings(positive(d), requestTimeout, proxy, proxyAuthenticator, trustStore);
    }

    /** @throws IllegalArgumentException if not positive */
    public ConnectionSettings withRequestTimeout(Duration d) {
        return new ConnectionSettings(connectTimeout, positive(d), proxy, proxyAuthenticator, trustStore);
    }

    /** A proxy (null: connect directly) and, for a proxy that asks for credentials, its authenticator. */
    public ConnectionSettings withProxy(
            @CheckForNull ProxySelector proxy, @CheckForNull Authenticator proxyAuthenticator) {
        return new ConnectionSettings(connectTimeout, requestTimeout, proxy, proxyAuthenticator, trustStore);
    }

    /** The certificates to trust instead of the platform's (tests and private endpoints); null = platform. */
    public ConnectionSettings withTrustStore(@CheckForNull KeyStore trustStore) {
        return new ConnectionSettings(connectTimeout, requestTimeout, proxy, proxyAuthenticator, trustStore);
    }

    /** Time to establish the TCP connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time for each request, from sending to the end of the response body. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The proxy selector, or null to connect directly. */
    public @CheckForNull ProxySelector proxy() {
        return proxy;
    }

    /** The proxy's authenticator, or null. */
    public @CheckForNull Authenticator proxyAuthenticator() {
        return proxyAuthenticator;
    }

    /** The trust store to use instead of the platform's, or null for the platform's. */
    @SuppressFBWarnings(
            value = "EI_EXPOSE_REP",
            justification = "A KeyStore cannot be copied; it is only handed to a TrustManagerFactory")
    public @CheckForNull KeyStore trustStore() {
        return trustStore;
    }

    private static Duration positive(Duration d) {
        Objects.requireNonNull(d, "duration");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + d);
        }
        return d;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", proxy="
                + (proxy != null) + ", trustStore=" + (trustStore == null ? "platform" : "custom") + "]";
    }
}
