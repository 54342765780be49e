package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How https_proxy and no_proxy become the clients' proxy selector and proxy credentials. */
class ProxyEnvironmentTest {

    private static final URI AZURE = URI.create("https://management.core.windows.net/sub");

    @Test
    void withoutVariableThereIsNoProxy() throws CommandFailure {
        assertNull(ProxyEnvironment.read(Map.of("http_proxy", "http://ignored:3128")::get));
        assertNull(ProxyEnvironment.read(Map.of("https_proxy", "  ")::get));
    }

    @Test
    void readsHostAndPortAndSendsHttpsThroughTheProxy() throws CommandFailure {
        ProxyEnvironment proxy = ProxyEnvironment.read(Map.of("https_proxy", "http://proxy.corp:3128/")::get);

        assertEquals("proxy.corp", proxy.host());
        assertEquals(3128, proxy.port());
        assertFalse(proxy.hasCredentials());
        assertNull(proxy.authenticator());
        List<Proxy> selected = proxy.selector().select(AZURE);
        assertEquals(Proxy.Type.HTTP, selected.get(0).type());
        InetSocketAddress address = (InetSocketAddress) selected.get(0).address();
        assertEquals("proxy.corp", address.getHostString());
        assertEquals(3128, address.getPort());
    }

    @Test
    void lowerCaseVariableWinsAndSchemeAndPortAreOptional() throws CommandFailure {
        ProxyEnvironment proxy = ProxyEnvironment.read(
                Map.of("https_proxy", "lower.corp", "HTTPS_PROXY", "http://upper.corp:8080")::get);

        assertEquals("lower.corp", proxy.host());
        assertEquals(ProxyEnvironment.DEFAULT_PORT, proxy.port());
    }

    @Test
    void upperCaseVariableIsReadWhenLowerCaseIsUnset() throws CommandFailure {
        assertEquals(
                "upper.corp",
                ProxyEnvironment.read(Map.of("HTTPS_PROXY", "upper.corp:8080")::get)
                        .host());
    }

    @Test
    void refusesAnHttpsProxyUrlWithAMessage() {
        CommandFailure failure = assertThrows(
                CommandFailure.class,
                () -> ProxyEnvironment.read(Map.of("https_proxy", "https://proxy.corp:443")::get));
        assertTrue(failure.getMessage().contains("http://host:port"), failure.getMessage());
    }

    @Test
    void givesDecodedCredentialsToThatProxyOnly() throws CommandFailure {
        ProxyEnvironment proxy = ProxyEnvironment.read(
                Map.of("https_proxy", "http://build%5Cjenkins:p%40ss%3Aword@proxy.corp:3128")::get);
        Authenticator authenticator = proxy.authenticator();

        PasswordAuthentication answer = ask(authenticator, "proxy.corp", 3128, Authenticator.RequestorType.PROXY);
        assertEquals("build\\jenkins", answer.getUserName());
        assertArrayEquals("p@ss:word".toCharArray(), answer.getPassword());
        assertNull(ask(authenticator, "management.core.windows.net", 443, Authenticator.RequestorType.SERVER));
        assertNull(ask(authenticator, "other.proxy", 3128, Authenticator.RequestorType.PROXY));
        assertNull(ask(authenticator, "proxy.corp", 8080, Authenticator.RequestorType.PROXY));
        assertFalse(proxy.toString().contains("p@ss"), proxy::toString);
        assertFalse(authenticator.toString().contains("p@ss"), authenticator::toString);
    }

    @Test
    void noProxyHostsAndDomainsAreReachedDirectly() throws CommandFailure {
        ProxyEnvironment proxy = ProxyEnvironment.read(Map.of(
                "https_proxy",
                "http://proxy.corp:3128",
                "no_proxy",
                " localhost, .internal.corp ,example.com:443,[::1]")::get);

        assertDirect(proxy, "https://localhost:8443/x");
        assertDirect(proxy, "https://ci.internal.corp/x");
        assertDirect(proxy, "https://internal.corp/x");
        assertDirect(proxy, "https://example.com/x");
        assertDirect(proxy, "https://api.example.com/x");
        assertDirect(proxy, "https://[::1]:8443/x");
        assertProxied(proxy, "https://badexample.com/x");
        assertProxied(proxy, "https://management.azure.com/x");
    }

    @Test
    void upperCaseNoProxyAndWildcardMatchEveryHost() throws CommandFailure {
        ProxyEnvironment proxy =
                ProxyEnvironment.read(Map.of("https_proxy", "http://proxy.corp:3128", "NO_PROXY", "*")::get);

        assertDirect(proxy, "https://management.azure.com/x");
    }

    @Test
    void plainHttpIsNeverProxied() throws CommandFailure {
        assertDirect(ProxyEnvironment.read(Map.of("https_proxy", "http://proxy.corp:3128")::get), "http://a.b/");
    }

    @Test
    void allowsBasicProxyAuthenticationForTunnelsOnlyWhenTheProxyUrlHasCredentials() {
        String property = Main.TUNNELING_DISABLED_SCHEMES;
        String original = System.getProperty(property);
        try {
            System.clearProperty(property);
            Main.allowBasicProxyAuthentication(Map.of("https_proxy", "http://proxy.corp:3128")::get);
            assertNull(System.getProperty(property), "no credentials: the JDK default stays");

            Main.allowBasicProxyAuthentication(Map.of("https_proxy", "http://u:p@proxy.corp:3128")::get);
            assertEquals("", System.getProperty(property));

            System.setProperty(property, "Basic,Digest");
            Main.allowBasicProxyAuthentication(Map.of("https_proxy", "http://u:p@proxy.corp:3128")::get);
            assertEquals("Basic,Digest", System.getProperty(property), "a value the user set is kept");
        } finally {
            if (original == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, original);
            }
        }
    }

    private static void assertDirect(ProxyEnvironment proxy, String uri) {
        assertEquals(List.of(Proxy.NO_PROXY), proxy.selector().select(URI.create(uri)), uri);
    }

    private static void assertProxied(ProxyEnvironment proxy, String uri) {
        assertEquals(
                Proxy.Type.HTTP, proxy.selector().select(URI.create(uri)).get(0).type(), uri);
    }

    private static PasswordAuthentication ask(
            Authenticator authenticator, String host, int port, Authenticator.RequestorType type) {
        return authenticator.requestPasswordAuthenticationInstance(
                host, null, port, "https", "realm", "Basic", null, type);
    }
}
