package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns a transport failure (anything thrown before an HTTP response could be read) into a {@link ConnectionResult}
 * whose message says what to do. Looks at exception types along the cause chain; never copies an exception's
 * message into the result, only a short class name.
 */
public final class TransportFailureClassifier {

    private final ConnectionSettings settings;

    /** A classifier for requests made with these settings (timeouts and proxy appear in the messages). */
    public TransportFailureClassifier(ConnectionSettings settings) {
        this.settings = settings;
    }

    /** Classifies a failure of a request to {@code target}. */
    public ConnectionResult classify(Throwable failure, URI target) {
        List<Throwable> chain = causeChain(failure);
        String host = target.getHost();
        String endpoint = host + ":" + port(target);
        boolean viaProxy = usesProxy(target);
        ResponseTooLargeException tooLarge = find(chain, ResponseTooLargeException.class);
        if (tooLarge != null) {
            return failed(
                    FailureKind.RESPONSE_TOO_LARGE, Messages.Transport_ResponseTooLarge(host, tooLarge.limit() / 1024));
        }
        if (find(chain, HttpConnectTimeoutException.class) != null) {
            return failed(
                    FailureKind.TIMEOUT,
                    Messages.Transport_ConnectTimeout(
                            endpoint, seconds(settings.connectTimeout().toMillis()), port(target)));
        }
        if (find(chain, HttpTimeoutException.class) != null || find(chain, SocketTimeoutException.class) != null) {
            return failed(
                    FailureKind.TIMEOUT,
                    Messages.Transport_RequestTimeout(
                            endpoint, seconds(settings.requestTimeout().toMillis()), port(target)));
        }
        if (find(chain, UnknownHostException.class) != null || find(chain, UnresolvedAddressException.class) != null) {
            return viaProxy
                    ? failed(FailureKind.PROXY_REFUSED, Messages.Transport_ProxyUnresolved(host))
                    : failed(FailureKind.DNS_FAILURE, Messages.Transport_DnsFailure(host));
        }
        Throwable ssl = find(chain, SSLException.class);
        if (ssl != null) {
            return classifyTls(chain, endpoint, host, ssl);
        }
        String tunnel = tunnelFailure(chain);
        if (tunnel != null) {
            return tunnel.contains("authentication")
                    ? failed(FailureKind.PROXY_AUTHENTICATION_REQUIRED, Messages.Transport_ProxyAuthentication(host))
                    : failed(FailureKind.PROXY_REFUSED, Messages.Transport_ProxyRefusedTunnel(endpoint));
        }
        if (hasMessage(chain, "no credentials provided")) {
            // The JDK asked the authenticator, which gives credentials to the proxy only (ProxyOnlyAuthenticator).
            return viaProxy
                    ? failed(FailureKind.PROXY_AUTHENTICATION_REQUIRED, Messages.Transport_ProxyAuthentication(host))
                    : failed(FailureKind.NOT_SERVICE_MANAGEMENT, Messages.Transport_PasswordChallenge(endpoint));
        }
        if (find(chain, ConnectException.class) != null || find(chain, NoRouteToHostException.class) != null) {
            return viaProxy
                    ? failed(FailureKind.PROXY_REFUSED, Messages.Transport_ProxyConnectionRefused(endpoint))
                    : failed(FailureKind.CONNECTION_REFUSED, Messages.Transport_ConnectionRefused(endpoint));
        }
        return failed(FailureKind.NETWORK_ERROR, Messages.Transport_NetworkError(endpoint, innermostName(chain)));
    }

    /** The result for the proxy's own 407 answer, which the JDK hands back as a response. */
    public ConnectionResult proxyAuthenticationRequired(URI target) {
        return failed(
                FailureKind.PROXY_AUTHENTICATION_REQUIRED, Messages.Transport_ProxyAuthentication(target.getHost()));
    }

    /** The result for an interrupted test. */
    public ConnectionResult interrupted(URI target) {
        return failed(FailureKind.NETWORK_ERROR, Messages.Transport_Interrupted(target.getHost()));
    }

    private ConnectionResult classifyTls(List<Throwable> chain, String endpoint, String host, Throwable ssl) {
        for (Throwable cause : chain) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return failed(FailureKind.SERVER_CERTIFICATE_UNTRUSTED, Messages.Transport_Untrusted(endpoint));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof CertificateException && cause.getMessage() != null) {
                String message = cause.getMessage();
                if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
                    return failed(FailureKind.HOST_NAME_MISMATCH, Messages.Transport_HostNameMismatch(endpoint, host));
                }
                if (message.contains("PKIX")) {
                    return failed(FailureKind.SERVER_CERTIFICATE_UNTRUSTED, Messages.Transport_Untrusted(endpoint));
                }
            }
        }
        return failed(
                FailureKind.TLS_FAILURE,
                Messages.Transport_TlsFailure(endpoint, ssl.getClass().getSimpleName()));
    }

    /** The JDK reports a refused CONNECT as a plain IOException ("Tunnel failed…", "…authentication attempts"). */
    private String tunnelFailure(List<Throwable> chain) {
        for (Throwable cause : chain) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tunnel failed") || lower.contains("unable to tunnel")) {
                return "refused";
            }
            if (lower.contains("too many authentication attempts") && hasProxy()) {
                return "authentication";
            }
        }
        return null;
    }

    private static boolean hasMessage(List<Throwable> chain, String lowerCaseMessage) {
        for (Throwable cause : chain) {
            if (cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains(lowerCaseMessage)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasProxy() {
        return settings.proxy() != null;
    }

    private boolean usesProxy(URI target) {
        ProxySelector proxy = settings.proxy();
        if (proxy == null) {
            return false;
        }
        try {
            return proxy.select(target).stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static ConnectionResult failed(FailureKind kind, String message) {
        return ConnectionResult.failed(kind, message, null);
    }

    private static int port(URI target) {
        return target.getPort() == -1 ? 443 : target.getPort();
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    private static String innermostName(List<Throwable> chain) {
        return chain.get(chain.size() - 1).getClass().getSimpleName();
    }

    private static <T extends Throwable> T find(List<Throwable> chain, Class<T> type) {
        for (Throwable cause : chain) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure;
                cause != null && !chain.contains(cause) && chain.size() < 20;
                cause = cause.getCause()) {
            chain.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                if (chain.size() < 20 && !chain.contains(suppressed)) {
                    chain.add(suppressed);
                }
            }
        }
        return chain;
    }
}
