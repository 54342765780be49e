package io.jenkins.plugins.azuremgmtcert.cli;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * The user and password of the {@code https_proxy} URL, given only when the proxy itself asks (a proxy challenge
 * from that host and port), never to a server. {@link #toString()} hides the password.
 */
final class ProxyCredentials extends Authenticator {

    private final String proxyHost;
    private final int proxyPort;
    private final String user;
    private final char[] password;

    ProxyCredentials(String proxyHost, int proxyPort, String user, char[] password) {
        this.proxyHost = proxyHost;
        this.proxyPort = proxyPort;
        this.user = user;
        this.password = password;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY
                || getRequestingPort() != proxyPort
                || !proxyHost.equalsIgnoreCase(getRequestingHost())) {
            return null;
        }
        return new PasswordAuthentication(user, password.clone());
    }

    @Override
    public String toString() {
        return "ProxyCredentials[" + user + "@" + proxyHost + ":" + proxyPort + ", password=******]";
    }
}
