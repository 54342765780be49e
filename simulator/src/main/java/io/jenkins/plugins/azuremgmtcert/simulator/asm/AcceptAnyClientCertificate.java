package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The simulator's server-side trust manager: accepts any client certificate (Service Management checked only the
 * thumbprint, at application level). By default it lists no acceptable issuers, so any client certificate is asked
 * for; a test can make it name CAs, which a JSSE default key manager would then use to withhold a self-signed one.
 * Never used for server certificates: the checkServerTrusted methods refuse.
 */
final class AcceptAnyClientCertificate extends X509ExtendedTrustManager {

    private final X509Certificate[] advertisedIssuers;

    /** @param advertisedIssuers the CAs named in the certificate request; empty: name none */
    AcceptAnyClientCertificate(X509Certificate[] advertisedIssuers) {
        this.advertisedIssuers = advertisedIssuers.clone();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // Any client certificate: the handler compares its thumbprint with the uploaded ones.
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // As above.
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // As above.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the simulator's trust manager is for client certificates only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return advertisedIssuers.clone();
    }
}
