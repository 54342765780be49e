package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * Hands the proxy's credentials to the proxy only. The JDK client asks one authenticator for both proxy and server
 * challenges; without this guard a server (or anything posing as Azure) answering 401 with a Basic challenge would
 * receive the proxy password.
 */
final class ProxyOnlyAuthenticator extends Authenticator {

    private final Authenticator proxyAuthenticator;

    ProxyOnlyAuthenticator(Authenticator proxyAuthenticator) {
        this.proxyAuthenticator = proxyAuthenticator;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
            return null;
        }
        return proxyAuthenticator.requestPasswordAuthenticationInstance(
                getRequestingHost(),
                getRequestingSite(),
                getRequestingPort(),
                getRequestingProtocol(),
                getRequestingPrompt(),
                getRequestingScheme(),
                getRequestingURL(),
                getRequestorType());
    }
}
