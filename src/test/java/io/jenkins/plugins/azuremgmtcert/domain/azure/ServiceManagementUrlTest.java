package io.jenkins.plugins.azuremgmtcert.domain.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceManagementUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://management.core.windows.net",
                "https://management.core.windows.net/",
                " https://Management.Core.Windows.Net// "
            })
    void normalisesTrailingSlashesCaseAndSpaces(String url) {
        assertEquals(
                URI.create("https://management.core.windows.net"),
                ServiceManagementUrl.of(url).uri());
    }

    @Test
    void keepsPortAndPath() {
        assertEquals(
                URI.create("https://asm.example.test:8443/classic"),
                ServiceManagementUrl.of("https://asm.example.test:8443/classic/")
                        .uri());
    }

    @Test
    void refusesPlainHttp() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ServiceManagementUrl.of("http://management.core.windows.net"));
        assertTrue(e.getMessage().contains("does not use https"), e.getMessage());
    }

    @Test
    void refusesAQuery() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ServiceManagementUrl.of("https://management.core.windows.net/?x=1"));
        assertTrue(e.getMessage().contains("query or fragment"), e.getMessage());
    }

    @Test
    void refusesAFragment() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ServiceManagementUrl.of("https://management.core.windows.net/#top"));
    }

    @Test
    void refusesCredentialsInTheUrlWithoutEchoingThem() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ServiceManagementUrl.of("https://user:s3cret@management.core.windows.net"));
        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "management.core.windows.net", "https://", "https:///path", "ht tps://x"})
    void refusesWhatIsNotAnHttpsUrl(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceManagementUrl.of(url));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> ServiceManagementUrl.of(null));
    }

    @Test
    void comparesByNormalisedUrl() {
        assertEquals(
                ServiceManagementUrl.of("https://management.core.windows.net/"),
                ServiceManagementUrl.of("https://management.core.windows.net"));
        assertEquals(
                "https://management.core.windows.net",
                ServiceManagementUrl.of("https://management.core.windows.net/").toString());
    }
}
