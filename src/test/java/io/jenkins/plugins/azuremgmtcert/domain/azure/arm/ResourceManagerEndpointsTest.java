package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceManagerEndpointsTest {

    @Test
    void publicCloudUsesLoginMicrosoftOnlineAndManagementAzureCom() {
        ResourceManagerEndpoints endpoints = ResourceManagerEndpoints.of(AzureCloud.AZURE_PUBLIC);

        assertEquals(
                URI.create("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"),
                endpoints.tokenUrl("contoso.onmicrosoft.com"));
        assertEquals("https://management.azure.com/.default", endpoints.scope());
        assertEquals(
                URI.create("https://management.azure.com/subscriptions/2b8f9c1d-3e4a-4b5c-9d6e-7f8a9b0c1d2e"
                        + "?api-version=2022-12-01"),
                endpoints.subscriptionUrl("2b8f9c1d-3e4a-4b5c-9d6e-7f8a9b0c1d2e"));
    }

    @Test
    void sovereignCloudsUseTheirOwnAuthorityAndScope() {
        assertEquals(
                "https://management.chinacloudapi.cn/.default",
                ResourceManagerEndpoints.of(AzureCloud.AZURE_CHINA).scope());
        assertEquals(
                URI.create("https://login.microsoftonline.us/t.onmicrosoft.us/oauth2/v2.0/token"),
                ResourceManagerEndpoints.of(AzureCloud.AZURE_US_GOVERNMENT).tokenUrl("t.onmicrosoft.us"));
    }

    @Test
    void explicitEndpointsLoseTrailingSlashesSoTheScopeHasNoDoubleSlash() {
        ResourceManagerEndpoints endpoints =
                ResourceManagerEndpoints.of(" https://login.example.test/ ", "https://arm.example.test:8443//");

        assertEquals("https://arm.example.test:8443/.default", endpoints.scope());
        assertEquals(
                URI.create("https://login.example.test/t.example.test/oauth2/v2.0/token"),
                endpoints.tokenUrl("t.example.test"));
        assertEquals(
                endpoints,
                ResourceManagerEndpoints.of(
                        URI.create("https://login.example.test"), URI.create("https://arm.example.test:8443")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://login.example.test",
                "login.example.test",
                "https://login.example.test?x=1",
                "https://login.example.test#f",
                "https://user:pw@login.example.test",
                "ftp://login.example.test",
                "https://",
                "https://bad host"
            })
    void refusesAnythingButAPlainHttpsUrl(String url) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ResourceManagerEndpoints.of(url, "https://management.azure.com"));

        assertTrue(e.getMessage().contains("absolute https URL"), e.getMessage());
        assertFalse(e.getMessage().contains("pw"), e.getMessage());
    }

    @Test
    void aBadResourceManagerUrlIsExplainedWithAResourceManagerExample() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> ResourceManagerEndpoints.of("https://login.microsoftonline.com", "http://management.azure.com"));

        assertTrue(e.getMessage().contains("Resource Manager URL"), e.getMessage());
        assertTrue(e.getMessage().contains("https://management.azure.com"), e.getMessage());
        assertFalse(e.getMessage().contains("login.microsoftonline.com"), e.getMessage());
    }

    @Test
    void eachHalfIsCheckedAndNormalisedAsThePairIs() {
        assertEquals(
                URI.create("https://login.microsoftonline.com"),
                ResourceManagerEndpoints.authorityUrl(" https://login.microsoftonline.com/ "));
        assertEquals(
                URI.create("https://management.local.azurestack.external"),
                ResourceManagerEndpoints.resourceManagerUrl("https://management.local.azurestack.external//"));

        IllegalArgumentException authority = assertThrows(
                IllegalArgumentException.class, () -> ResourceManagerEndpoints.authorityUrl("http://login.test"));
        assertTrue(authority.getMessage().contains("authority URL"), authority.getMessage());
        IllegalArgumentException resourceManager = assertThrows(
                IllegalArgumentException.class,
                () -> ResourceManagerEndpoints.resourceManagerUrl("https://arm.test#x"));
        assertTrue(resourceManager.getMessage().contains("Resource Manager URL"), resourceManager.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResourceManagerEndpoints.authorityUrl(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "72F988BF-86F1-41AF-91AB-2D7CD011DB47",
                "contoso.onmicrosoft.com",
                "login.contoso-ltd.co.uk",
                "a.io"
            })
    void acceptsTenantIdsAndDomainNames(String tenant) {
        assertTrue(ResourceManagerIdentifiers.isTenant(tenant));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "contoso",
                "contoso.",
                ".com",
                "-contoso.com",
                "contoso-.com",
                "conto so.com",
                "contoso.com/../x",
                "contoso.com?x",
                "contoso.123",
                "72f988bf-86f1-41af-91ab-2d7cd011db4",
                "{72f988bf-86f1-41af-91ab-2d7cd011db47}",
                "common%2F..",
                " contoso.onmicrosoft.com"
            })
    void refusesTenantsThatAreNeitherIdNorDomain(String tenant) {
        assertFalse(ResourceManagerIdentifiers.isTenant(tenant));
    }

    @Test
    void guidsHaveTheEightFourFourFourTwelveHexForm() {
        assertTrue(ResourceManagerIdentifiers.isGuid("0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5"));
        assertFalse(ResourceManagerIdentifiers.isGuid("0c3a6d4e1f2b4c5d8e9fa0b1c2d3e4f5"));
        assertFalse(ResourceManagerIdentifiers.isGuid("0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4fg"));
        assertFalse(ResourceManagerIdentifiers.isGuid(null));
    }
}
