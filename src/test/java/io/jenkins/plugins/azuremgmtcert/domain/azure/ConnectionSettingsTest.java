package io.jenkins.plugins.azuremgmtcert.domain.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.security.KeyStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void defaultsToTenSecondsToConnectThirtyOverallPlatformTrustAndNoProxy() {
        ConnectionSettings defaults = ConnectionSettings.defaults();

        assertEquals(Duration.ofSeconds(10), defaults.connectTimeout());
        assertEquals(Duration.ofSeconds(30), defaults.requestTimeout());
        assertNull(defaults.proxy());
        assertNull(defaults.proxyAuthenticator());
        assertNull(defaults.trustStore());
    }

    @Test
    void returnsModifiedCopies() throws Exception {
        ConnectionSettings defaults = ConnectionSettings.defaults();
        KeyStore store = KeyStore.getInstance("PKCS12");
        ProxySelector proxy = ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128));

        ConnectionSettings changed = defaults.withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withTrustStore(store)
                .withProxy(proxy, null);

        assertNotSame(defaults, changed);
        assertEquals(Duration.ofSeconds(10), defaults.connectTimeout());
        assertNull(defaults.trustStore());
        assertEquals(Duration.ofSeconds(1), changed.connectTimeout());
        assertEquals(Duration.ofSeconds(2), changed.requestTimeout());
        assertSame(store, changed.trustStore());
        assertSame(proxy, changed.proxy());
    }

    @Test
    void refusesTimeoutsThatAreNotPositive() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettings.defaults().withConnectTimeout(Duration.ZERO));
        assertThrows(
                IllegalArgumentException.class,
                () -> ConnectionSettings.defaults().withRequestTimeout(Duration.ofSeconds(-1)));
        assertThrows(
                NullPointerException.class, () -> ConnectionSettings.defaults().withRequestTimeout(null));
    }
}
