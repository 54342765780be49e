package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The exception shapes the JDK client produces, classified without a network (the loopback tests in
 * {@code ServiceManagementTransportTest} produce the real ones). Raw exception messages never reach the result.
 */
class TransportFailureClassifierTest {

    private static final URI TARGET = URI.create("https://management.core.windows.net/sub");

    private final TransportFailureClassifier classifier = new TransportFailureClassifier(ConnectionSettings.defaults()
            .withConnectTimeout(Duration.ofSeconds(10))
            .withRequestTimeout(Duration.ofMillis(2500)));

    private static <T extends Throwable> T causedBy(T exception, Throwable cause) {
        exception.initCause(cause);
        return exception;
    }

    private static void assertKind(FailureKind expected, ConnectionResult result) {
        assertFalse(result.isSuccess());
        assertEquals(expected, result.failureKind(), result::message);
        assertNull(result.requestId());
    }

    @Test
    void namesTheConnectTimeout() {
        ConnectionResult result =
                classifier.classify(new HttpConnectTimeoutException("HTTP connect timed out"), TARGET);

        assertKind(FailureKind.TIMEOUT, result);
        assertTrue(
                result.message().contains("Could not connect to management.core.windows.net:443 within 10 seconds"),
                result::message);
    }

    /** Issue 11.4: the firewall advice names the port of the URL, not always 443. */
    @Test
    void timeoutsNameThePortOfTheUrl() {
        URI azureStack = URI.create("https://management.local.azurestack.external:30024/sub");

        assertTrue(classifier
                .classify(new HttpConnectTimeoutException("timed out"), azureStack)
                .message()
                .contains("allow outbound HTTPS (TCP port 30024)"));
        assertTrue(classifier
                .classify(new HttpTimeoutException("timed out"), azureStack)
                .message()
                .contains("allow outbound HTTPS (TCP port 30024)"));
        assertTrue(classifier
                .classify(new HttpTimeoutException("timed out"), TARGET)
                .message()
                .contains("allow outbound HTTPS (TCP port 443)"));
    }

    @Test
    void namesTheRequestTimeout() {
        ConnectionResult result = classifier.classify(new HttpTimeoutException("request timed out"), TARGET);

        assertKind(FailureKind.TIMEOUT, result);
        assertTrue(result.message().contains("within 2.5 seconds"), result::message);
    }

    @Test
    void recognisesTheJdkShapeOfAnUnresolvableHost() {
        ConnectionResult result =
                classifier.classify(causedBy(new ConnectException(), new UnresolvedAddressException()), TARGET);

        assertKind(FailureKind.DNS_FAILURE, result);
    }

    @Test
    void recognisesAnUntrustedCertificateBehindAnSslException() {
        ConnectionResult result = classifier.classify(
                causedBy(
                        new SSLHandshakeException("PKIX path building failed"),
                        new CertPathBuilderException("unable to find valid certification path")),
                TARGET);

        assertKind(FailureKind.SERVER_CERTIFICATE_UNTRUSTED, result);
    }

    @Test
    void recognisesAHostNameMismatch() {
        ConnectionResult result = classifier.classify(
                causedBy(
                        new SSLHandshakeException("x"),
                        new CertificateException("No subject alternative DNS name matching evil.test found.")),
                TARGET);

        assertKind(FailureKind.HOST_NAME_MISMATCH, result);
        assertFalse(result.message().contains("evil.test"), result::message);
    }

    @Test
    void namesOnlyTheExceptionClassForOtherTlsFailures() {
        ConnectionResult result =
                classifier.classify(new SSLHandshakeException("Received fatal alert: handshake_failure"), TARGET);

        assertKind(FailureKind.TLS_FAILURE, result);
        assertTrue(result.message().contains("(SSLHandshakeException)"), result::message);
        assertFalse(result.message().contains("fatal alert"), result::message);
    }

    @Test
    void recognisesARefusedTunnel() {
        assertKind(FailureKind.PROXY_REFUSED, classifier.classify(new IOException("Tunnel failed, got: 403"), TARGET));
    }

    @Test
    void attributesARefusedConnectionToTheProxyWhenOneIsUsed() {
        TransportFailureClassifier viaProxy = new TransportFailureClassifier(ConnectionSettings.defaults()
                .withProxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128)), null));

        assertKind(FailureKind.PROXY_REFUSED, viaProxy.classify(new ConnectException(), TARGET));
        assertKind(FailureKind.CONNECTION_REFUSED, classifier.classify(new ConnectException(), TARGET));
    }

    @Test
    void readsADeclinedPasswordChallengeAsAForeignServerOrAsTheProxyAsking() {
        TransportFailureClassifier viaProxy = new TransportFailureClassifier(ConnectionSettings.defaults()
                .withProxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128)), null));
        IOException declined = new IOException("No credentials provided");

        assertKind(FailureKind.NOT_SERVICE_MANAGEMENT, classifier.classify(declined, TARGET));
        assertKind(FailureKind.PROXY_AUTHENTICATION_REQUIRED, viaProxy.classify(declined, TARGET));
    }

    @Test
    void recognisesTooManyProxyAuthenticationAttempts() {
        TransportFailureClassifier viaProxy = new TransportFailureClassifier(ConnectionSettings.defaults()
                .withProxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128)), null));

        assertKind(
                FailureKind.PROXY_AUTHENTICATION_REQUIRED,
                viaProxy.classify(new IOException("too many authentication attempts. Limit: 3"), TARGET));
    }

    @Test
    void reportsTooLargeAnswers() {
        ConnectionResult result = classifier.classify(new ResponseTooLargeException(1024 * 1024), TARGET);

        assertKind(FailureKind.RESPONSE_TOO_LARGE, result);
        assertTrue(result.message().contains("larger than 1024 KiB"), result::message);
    }

    @Test
    void keepsUnknownFailuresGenericWithoutTheirMessage() {
        ConnectionResult result = classifier.classify(new IOException("connection reset; token=eyJhbGciOi"), TARGET);

        assertKind(FailureKind.NETWORK_ERROR, result);
        assertTrue(result.message().contains("(IOException)"), result::message);
        assertFalse(result.message().contains("eyJ"), result::message);
    }

    @Test
    void survivesCyclicCauseChains() {
        IOException first = new IOException("a");
        IOException second = new IOException("b", first);
        first.initCause(second);

        assertKind(FailureKind.NETWORK_ERROR, classifier.classify(first, TARGET));
    }
}
