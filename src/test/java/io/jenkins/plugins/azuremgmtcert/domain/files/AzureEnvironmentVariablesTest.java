package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureEnvironmentVariablesTest {

    private static final String SUBSCRIPTION = "2c1e8d5a-0b8f-4f5e-9d3c-7a6b5c4d3e2f";
    private static final String URL = "https://management.core.windows.net/";
    private static final String THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567";

    @TempDir
    static Path parent;

    private static MaterializedCertificate files;

    @BeforeAll
    static void writeFilesOnce() throws Exception {
        files = new CertificateMaterializer()
                .materialize(
                        new CertificateFileSet(new byte[] {1}, "Secret123", new byte[] {2}, new byte[] {3}),
                        new LocalSecretDirectory(parent));
    }

    @Test
    void managementCertificateOnlyGivesSevenVariablesWithOnlyThePasswordSecret() {
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, null, null, null),
                files);

        assertEquals(Map.of("AZURE_CERTIFICATE_PASSWORD", "Secret123"), variables.secretValues());
        assertEquals(
                Map.of(
                        "AZURE_SUBSCRIPTION_ID",
                        SUBSCRIPTION,
                        "AZURE_SERVICE_MANAGEMENT_URL",
                        URL,
                        "AZURE_CERTIFICATE_THUMBPRINT",
                        THUMBPRINT,
                        "AZURE_CERTIFICATE_PFX",
                        files.pfxPath(),
                        "AZURE_CERTIFICATE_PEM",
                        files.pemPath(),
                        "AZURE_CERTIFICATE_CER",
                        files.cerPath()),
                variables.publicValues());
        assertEquals(7, variables.all().size());
    }

    @Test
    void servicePrincipalAddsTheAzureIdentityVariablesPointingAtThePem() {
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(
                        SUBSCRIPTION, URL, THUMBPRINT, " tenant ", "client", "https://login.chinacloudapi.cn/"),
                files);

        Map<String, String> shown = variables.publicValues();
        assertEquals("tenant", shown.get("AZURE_TENANT_ID"));
        assertEquals("client", shown.get("AZURE_CLIENT_ID"));
        assertEquals(files.pemPath(), shown.get("AZURE_CLIENT_CERTIFICATE_PATH"));
        assertEquals("https://login.chinacloudapi.cn/", shown.get("AZURE_AUTHORITY_HOST"));
        assertEquals(
                Set.of("AZURE_CERTIFICATE_PASSWORD"), variables.secretValues().keySet());
    }

    @Test
    void tenantWithoutClientGivesNoAzureIdentityVariables() {
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "tenant", " ", "https://login.example/"),
                files);
        for (String name : List.of(
                "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_AUTHORITY_HOST")) {
            assertFalse(variables.all().containsKey(name), name);
        }
    }

    @Test
    void renamedVariablesReplaceTheDefaultsAndBlankKeepsThem() {
        AzureVariableNames names = AzureVariableNames.withOverrides("SUB", null, " ", "MY_PFX", "MY_PASS", "", "CER");
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                names, new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, null, null, null), files);
        assertEquals(Map.of("MY_PASS", "Secret123"), variables.secretValues());
        assertEquals(
                Set.of(
                        "SUB",
                        "AZURE_SERVICE_MANAGEMENT_URL",
                        "AZURE_CERTIFICATE_THUMBPRINT",
                        "MY_PFX",
                        "AZURE_CERTIFICATE_PEM",
                        "CER"),
                variables.publicValues().keySet());
    }

    @Test
    void rejectsInvalidDuplicateAndReservedNames() {
        IllegalArgumentException invalid = assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.withOverrides("1ABC", null, null, null, null, null, null));
        assertTrue(invalid.getMessage().contains("1ABC"), invalid.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.withOverrides("A B", null, null, null, null, null, null));
        IllegalArgumentException duplicate = assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.withOverrides(null, null, null, "SAME", "SAME", null, null));
        assertTrue(duplicate.getMessage().contains("SAME"), duplicate.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.withOverrides(null, null, null, null, "AZURE_TENANT_ID", null, null));
        assertThrows(IllegalArgumentException.class, () -> new AzureVariableNames(null, "A", "B", "C", "D", "E", "F"));
    }

    @Test
    void toStringShowsNamesButNoValues() {
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, null, null, null),
                files);
        assertTrue(variables.toString().contains("AZURE_CERTIFICATE_PASSWORD"));
        assertFalse(variables.toString().contains("Secret123"));
    }
}
