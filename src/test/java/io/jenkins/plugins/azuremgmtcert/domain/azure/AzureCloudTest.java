package io.jenkins.plugins.azuremgmtcert.domain.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AzureCloudTest {

    @Test
    void knowsTheEndpointsOfEachCloud() {
        assertEquals(URI.create("https://management.core.windows.net"), AzureCloud.AZURE_PUBLIC.serviceManagementUrl());
        assertEquals(URI.create("https://management.azure.com"), AzureCloud.AZURE_PUBLIC.resourceManagerUrl());
        assertEquals(URI.create("https://login.microsoftonline.com"), AzureCloud.AZURE_PUBLIC.authorityHost());
        assertEquals(
                URI.create("https://management.core.chinacloudapi.cn"), AzureCloud.AZURE_CHINA.serviceManagementUrl());
        assertEquals(URI.create("https://management.chinacloudapi.cn"), AzureCloud.AZURE_CHINA.resourceManagerUrl());
        assertEquals(URI.create("https://login.chinacloudapi.cn"), AzureCloud.AZURE_CHINA.authorityHost());
        assertEquals(
                URI.create("https://management.core.usgovcloudapi.net"),
                AzureCloud.AZURE_US_GOVERNMENT.serviceManagementUrl());
        assertEquals(
                URI.create("https://management.usgovcloudapi.net"),
                AzureCloud.AZURE_US_GOVERNMENT.resourceManagerUrl());
        assertEquals(URI.create("https://login.microsoftonline.us"), AzureCloud.AZURE_US_GOVERNMENT.authorityHost());
    }

    @Test
    void hasReadableDisplayNames() {
        assertEquals("Azure (public)", AzureCloud.AZURE_PUBLIC.displayName());
        assertEquals("Azure China (21Vianet)", AzureCloud.AZURE_CHINA.displayName());
        assertEquals("Azure US Government", AzureCloud.AZURE_US_GOVERNMENT.displayName());
    }

    @ParameterizedTest
    @EnumSource(AzureCloud.class)
    void endpointsHaveNoTrailingSlash(AzureCloud cloud) {
        assertFalse(cloud.serviceManagementUrl().toString().endsWith("/"));
        assertFalse(cloud.resourceManagerUrl().toString().endsWith("/"));
        assertFalse(cloud.authorityHost().toString().endsWith("/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://management.core.windows.net",
                "https://management.core.windows.net/",
                "HTTPS://Management.Core.Windows.NET/",
                " https://management.core.windows.net// "
            })
    void mapsPublishSettingsUrlsToThePublicCloud(String url) {
        assertEquals(Optional.of(AzureCloud.AZURE_PUBLIC), AzureCloud.fromServiceManagementUrl(url));
    }

    @Test
    void mapsTheOtherClouds() {
        assertEquals(
                Optional.of(AzureCloud.AZURE_CHINA),
                AzureCloud.fromServiceManagementUrl("https://management.core.chinacloudapi.cn"));
        assertEquals(
                Optional.of(AzureCloud.AZURE_US_GOVERNMENT),
                AzureCloud.fromServiceManagementUrl("https://management.core.usgovcloudapi.net/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://management.core.cloudapi.de/",
                "http://management.core.windows.net",
                "https://management.azure.com",
                "",
                "not a url"
            })
    void knowsNoCloudForOtherUrls(String url) {
        assertTrue(AzureCloud.fromServiceManagementUrl(url).isEmpty());
    }

    @Test
    void knowsNoCloudForNull() {
        assertTrue(AzureCloud.fromServiceManagementUrl(null).isEmpty());
    }
}
