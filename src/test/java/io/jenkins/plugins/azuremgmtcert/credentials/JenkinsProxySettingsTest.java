package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import hudson.ProxyConfiguration;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

class JenkinsProxySettingsTest {

    @Test
    void withoutProxyConfigurationTheSettingsAreUnchanged() {
        ConnectionSettings settings = ConnectionSettings.defaults();

        assertSame(settings, JenkinsProxySettings.apply(settings, null));
        assertNull(JenkinsProxySettings.apply(settings, new ProxyConfiguration(" ", 0, null, null, null))
                .proxy());
    }

    @Test
    void usesTheProxyForAzureButNotForExcludedHosts() {
        ProxyConfiguration proxy =
                new ProxyConfiguration("proxy.example.test", 3128, null, null, "*.internal.test\nlocalhost");

        ConnectionSettings settings = JenkinsProxySettings.apply(ConnectionSettings.defaults(), proxy);

        List<Proxy> azure = settings.proxy().select(URI.create("https://management.core.windows.net/sub"));
        assertEquals(Proxy.Type.HTTP, azure.get(0).type());
        InetSocketAddress address = (InetSocketAddress) azure.get(0).address();
        assertEquals("proxy.example.test", address.getHostString());
        assertEquals(3128, address.getPort());
        assertEquals(List.of(Proxy.NO_PROXY), settings.proxy().select(URI.create("https://asm.internal.test/")));
        assertEquals(List.of(Proxy.NO_PROXY), settings.proxy().select(URI.create("https://LOCALHOST:8443/")));
        assertNull(settings.proxyAuthenticator(), "no user name, no authenticator");
    }

    @Test
    void answersOnlyTheProxyWithTheProxyCredentials() throws Exception {
        ProxyConfiguration proxy = new ProxyConfiguration("proxy.example.test", 3128, "jenkins", "proxy-secret", null);

        Authenticator authenticator =
                JenkinsProxySettings.apply(ConnectionSettings.defaults(), proxy).proxyAuthenticator();

        assertNotNull(authenticator);
        PasswordAuthentication forProxy = authenticator.requestPasswordAuthenticationInstance(
                "proxy.example.test",
                null,
                3128,
                "http",
                "proxy",
                "basic",
                new URL("https://management.core.windows.net/"),
                Authenticator.RequestorType.PROXY);
        assertEquals("jenkins", forProxy.getUserName());
        assertEquals("proxy-secret", new String(forProxy.getPassword()));
        assertNull(
                authenticator.requestPasswordAuthenticationInstance(
                        "management.core.windows.net",
                        null,
                        443,
                        "https",
                        "server",
                        "basic",
                        new URL("https://management.core.windows.net/"),
                        Authenticator.RequestorType.SERVER),
                "never sent to Azure itself");
    }
}
