package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A client key manager that offers the one management certificate whatever certificate authorities the server lists.
 * The JSSE default offers a certificate only if its issuer is in the server's list, so it would never send a
 * self-signed management certificate to a server that names CAs. The certificate is offered whenever its key
 * algorithm is among the acceptable key types.
 */
@SuppressFBWarnings(
        value = "PZLA_PREFER_ZERO_LENGTH_ARRAYS",
        justification = "The X509KeyManager contract: null means no alias or no chain")
final class ManagementCertificateKeyManager extends X509ExtendedKeyManager {

    static final String ALIAS = "management-certificate";

    private final ManagementCertificate certificate;

    ManagementCertificateKeyManager(ManagementCertificate certificate) {
        this.certificate = certificate;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return choose(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return choose(keyTypes);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return choose(new String[] {keyType}) == null ? null : new String[] {ALIAS};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? certificate.chain().toArray(new X509Certificate[0]) : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? certificate.privateKey() : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return null;
    }

    private String choose(String[] keyTypes) {
        if (keyTypes == null) {
            return null;
        }
        String algorithm = certificate.privateKey().getAlgorithm();
        for (String keyType : keyTypes) {
            if (algorithm.equalsIgnoreCase(keyType)) {
                return ALIAS;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "ManagementCertificateKeyManager[" + certificate.thumbprintSha1() + "]";
    }
}
