package io.jenkins.plugins.azuremgmtcert.domain.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
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
                Set.of("AZURE_CERTIFICATE_PASSWORD", "ARM_CLIENT_CERTIFICATE_PASSWORD"),
                variables.secretValues().keySet());
        assertFalse(variables.all().containsKey("AZURE_CLIENT_CERTIFICATE_PASSWORD"), "the PEM needs no password");
    }

    @Test
    void servicePrincipalAddsTheAzurermVariablesPointingAtThePfxWithItsPasswordSecret() {
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, " tenant ", " client ", null, AzureCloud.AZURE_PUBLIC),
                files);

        Map<String, String> shown = variables.publicValues();
        assertEquals("client", shown.get("ARM_CLIENT_ID"));
        assertEquals("tenant", shown.get("ARM_TENANT_ID"));
        assertEquals(SUBSCRIPTION, shown.get("ARM_SUBSCRIPTION_ID"));
        assertEquals(files.pfxPath(), shown.get("ARM_CLIENT_CERTIFICATE_PATH"));
        assertEquals("public", shown.get("ARM_ENVIRONMENT"));
        assertEquals("Secret123", variables.secretValues().get("ARM_CLIENT_CERTIFICATE_PASSWORD"));
        assertFalse(shown.containsKey("ARM_CLIENT_CERTIFICATE_PASSWORD"));
        assertEquals(7 + 3 + 6, variables.all().size());
    }

    @Test
    void armEnvironmentIsTheAzurermNameOfEachCloudAndAbsentForCustomEndpoints() {
        Map<AzureCloud, String> expected = Map.of(
                AzureCloud.AZURE_PUBLIC, "public",
                AzureCloud.AZURE_CHINA, "china",
                AzureCloud.AZURE_US_GOVERNMENT, "usgovernment");
        for (AzureCloud cloud : AzureCloud.values()) {
            AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                    AzureVariableNames.defaults(),
                    new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "tenant", "client", null, cloud),
                    files);
            assertEquals(expected.get(cloud), variables.publicValues().get("ARM_ENVIRONMENT"), cloud.name());
        }
        AzureEnvironmentVariables custom = AzureEnvironmentVariables.of(
                AzureVariableNames.defaults(),
                new AzureAccount(
                        SUBSCRIPTION, URL, THUMBPRINT, "tenant", "client", "https://login.stack.example", null),
                files);
        assertFalse(custom.all().containsKey("ARM_ENVIRONMENT"));
        assertEquals("client", custom.publicValues().get("ARM_CLIENT_ID"));
    }

    @Test
    void cloudFollowsTheAuthorityHostWhenNotGiven() {
        assertEquals(AzureCloud.AZURE_PUBLIC, new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "t", "c", null).cloud());
        assertEquals(
                AzureCloud.AZURE_US_GOVERNMENT,
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "t", "c", "https://login.microsoftonline.us/").cloud());
        assertEquals(null, new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "t", "c", "https://127.0.0.1:1").cloud());
    }

    @Test
    void withoutTenantOrClientThereAreNoAzurermVariables() {
        for (AzureAccount account : List.of(
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, null, null, null),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "tenant", " ", null),
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, null, "client", null))) {
            AzureEnvironmentVariables variables =
                    AzureEnvironmentVariables.of(AzureVariableNames.defaults(), account, files);
            assertTrue(
                    variables.all().keySet().stream().noneMatch(name -> name.startsWith("ARM_")), variables.toString());
            assertEquals(
                    Set.of("AZURE_CERTIFICATE_PASSWORD"),
                    variables.secretValues().keySet());
        }
    }

    @Test
    void renamedAzurermVariablesReplaceTheDefaults() {
        AzureVariableNames names = AzureVariableNames.defaults()
                .withArm(ArmVariableNames.withOverrides("TF_CLIENT", null, " ", "TF_PFX", "TF_PASSWORD", "TF_CLOUD"));
        AzureEnvironmentVariables variables = AzureEnvironmentVariables.of(
                names,
                new AzureAccount(SUBSCRIPTION, URL, THUMBPRINT, "tenant", "client", null, AzureCloud.AZURE_CHINA),
                files);
        assertEquals(
                Map.of("AZURE_CERTIFICATE_PASSWORD", "Secret123", "TF_PASSWORD", "Secret123"),
                variables.secretValues());
        Map<String, String> shown = variables.publicValues();
        assertEquals("client", shown.get("TF_CLIENT"));
        assertEquals("tenant", shown.get("ARM_TENANT_ID"));
        assertEquals(SUBSCRIPTION, shown.get("ARM_SUBSCRIPTION_ID"));
        assertEquals(files.pfxPath(), shown.get("TF_PFX"));
        assertEquals("china", shown.get("TF_CLOUD"));
        assertFalse(shown.containsKey("ARM_CLIENT_ID"));
        assertFalse(shown.containsKey("ARM_ENVIRONMENT"));
    }

    @Test
    void rejectsAzurermNamesThatCollideWithOthers() {
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.defaults()
                        .withArm(
                                ArmVariableNames.withOverrides("AZURE_CERTIFICATE_PFX", null, null, null, null, null)));
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.defaults()
                        .withArm(ArmVariableNames.withOverrides(null, "AZURE_TENANT_ID", null, null, null, null)));
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.withOverrides(
                        null, null, null, "ARM_CLIENT_CERTIFICATE_PATH", null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> AzureVariableNames.defaults()
                        .withArm(ArmVariableNames.withOverrides(null, null, null, null, null, "9ENV")));
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
