package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns a failure to exchange HTTP with a host into a {@link ConnectionResult} with its {@link FailureKind} and a
 * message that says what to do. Raw exception messages never reach the user; at most a cause's simple class name.
 */
final class TransportFailures {

    private TransportFailures() {}

    static ConnectionResult classify(Exception failure, URI uri, Duration requestTimeout, boolean viaProxy) {
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return failed(FailureKind.NETWORK_ERROR, Messages.TransportFailures_Interrupted(host));
        }
        if (failure instanceof TimeoutException || has(failure, HttpTimeoutException.class)) {
            return failed(FailureKind.TIMEOUT, Messages.TransportFailures_Timeout(host, requestTimeout.toSeconds()));
        }
        if (has(failure, ResponseTooLargeException.class)) {
            return failed(FailureKind.RESPONSE_TOO_LARGE,
                    Messages.TransportFailures_ResponseTooLarge(host, JsonHttpTransport.MAX_BODY_BYTES));
        }
        if (has(failure, UnknownHostException.class)) {
            return failed(FailureKind.DNS_FAILURE, Messages.TransportFailures_DnsFailure(uri.getHost()));
        }
        if (has(failure, SSLException.class)) {
            return classifyTls(failure, host);
        }
        if (has(failure, ConnectException.class)) {
            return viaProxy
                    ? failed(FailureKind.PROXY_REFUSED, Messages.TransportFailures_ProxyRefused(host))
                    : failed(FailureKind.CONNECTION_REFUSED, Messages.TransportFailures_ConnectionRefused(host));
        }
        if (viaProxy && messageContains(failure, "tunnel failed")) {
            return failed(FailureKind.PROXY_REFUSED, Messages.TransportFailures_ProxyRefused(host));
        }
        return failed(FailureKind.NETWORK_ERROR, Messages.TransportFailures_NetworkError(host, causeName(failure)));
    }

    private static ConnectionResult classifyTls(Exception failure, String host) {
        if (has(failure, CertPathBuilderException.class) || has(failure, CertPathValidatorException.class)
                || messageContains(failure, "pkix")) {
            return failed(FailureKind.SERVER_CERTIFICATE_UNTRUSTED,
                    Messages.TransportFailures_ServerCertificateUntrusted(host));
        }
        if (has(failure, CertificateException.class) && (messageContains(failure, "no subject alternative")
                || messageContains(failure, "no name matching"))) {
            return failed(FailureKind.HOST_NAME_MISMATCH, Messages.TransportFailures_HostNameMismatch(host));
        }
        String cause = has(failure, SSLHandshakeException.class) ? "handshake" : causeName(failure);
        return failed(FailureKind.TLS_FAILURE, Messages.TransportFailures_TlsFailure(host, cause));
    }

    private static ConnectionResult failed(FailureKind kind, String message) {
        return ConnectionResult.failed(kind, message, null);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean messageContains(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's simple class name: safe to show, unlike its message. */
    private static String causeName(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
