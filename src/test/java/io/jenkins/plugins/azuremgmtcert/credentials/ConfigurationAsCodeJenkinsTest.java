package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.yaml.YamlSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Configuration as code: import of an uploaded .pfx, export (password encrypted, certificate kept), re-import. */
@WithJenkins
class ConfigurationAsCodeJenkinsTest {

    @Test
    void importsExportsEncryptedAndReimportsTheSameCertificate(JenkinsRule r, @TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("jenkins.yaml");
        Files.writeString(yaml, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              scope: GLOBAL
                              id: "azure-asm"
                              description: "Production ASM"
                              subscriptionId: "%s"
                              cloud: AZURE_PUBLIC
                              tenantId: "contoso.onmicrosoft.com"
                              applicationId: "11111111-2222-3333-4444-555555555555"
                              customAuthorityHost: "https://login.microsoftonline.com/"
                              customResourceManagerUrl: "https://management.local.azurestack.external"
                              certificateSource:
                                uploaded:
                                  keyStore: "%s"
                                  keyStorePassword: "%s"
                """.formatted(
                SUBSCRIPTION, CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.LEGACY), PFX_PASSWORD));
        ConfigurationAsCode.get().configure(yaml.toString());
        AzureManagementCertificateCredentialsImpl imported = only(r);
        assertEquals(CERTIFICATE.thumbprintSha1(), imported.getThumbprint());
        assertEquals("contoso.onmicrosoft.com", imported.getTenantId());
        assertEquals("https://login.microsoftonline.com", imported.getCustomAuthorityHost());
        assertEquals("https://management.local.azurestack.external", imported.getCustomResourceManagerUrl());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.contains("azureManagementCertificate:"), exported);
        assertTrue(exported.contains("stored:"), exported);
        assertTrue(exported.contains("customAuthorityHost: \"https://login.microsoftonline.com\""), exported);
        assertTrue(exported.contains("customResourceManagerUrl:"), exported);
        assertFalse(exported.contains(PFX_PASSWORD), "password in clear in the export");
        Matcher password = Pattern.compile("storedPassword: \"?(\\{[^\"\\s]+})").matcher(exported);
        assertTrue(password.find(), exported);
        Secret decrypted = Secret.decrypt(password.group(1));
        assertNotNull(decrypted);
        assertEquals(PFX_PASSWORD, decrypted.getPlainText());
        Matcher keyStore = Pattern.compile("storedKeyStore: \"?(\\{[^\"\\s]+})").matcher(exported);
        assertTrue(keyStore.find(), exported);

        SystemCredentialsProvider.getInstance().getCredentials().clear();
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              id: "azure-asm"
                              subscriptionId: "%s"
                              certificateSource:
                                stored:
                                  storedKeyStore: "%s"
                                  storedPassword: "%s"
                """.formatted(SUBSCRIPTION, keyStore.group(1), password.group(1)));
        ConfigurationAsCode.get().configure(again.toString());
        assertEquals(CERTIFICATE.thumbprintSha1(), only(r).getThumbprint());
    }

    @Test
    void refusesACustomAuthorityHostWithoutACustomResourceManagerUrl(JenkinsRule r, @TempDir Path dir)
            throws Exception {
        Path yaml = dir.resolve("half.yaml");
        Files.writeString(yaml, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              id: "azure-stack"
                              subscriptionId: "%s"
                              customAuthorityHost: "https://login.microsoftonline.com"
                              certificateSource:
                                uploaded:
                                  keyStore: "%s"
                                  keyStorePassword: "%s"
                """.formatted(
                SUBSCRIPTION, CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.LEGACY), PFX_PASSWORD));

        ConfiguratorException refused = assertThrows(
                ConfiguratorException.class, () -> ConfigurationAsCode.get().configure(yaml.toString()));

        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("Enter both the custom authority host"), root::toString);
        assertTrue(SystemCredentialsProvider.getInstance().getCredentials().isEmpty());
    }

    @Test
    void aSecretFileDefinedAfterTheCredentialIsReferredToAndExportedAsAReference(JenkinsRule r, @TempDir Path dir)
            throws Exception {
        Path yaml = dir.resolve("secret-file.yaml");
        Files.writeString(yaml, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              id: "azure-from-file"
                              subscriptionId: "%s"
                              certificateSource:
                                secretFile:
                                  secretFileCredentialsId: "azure-pfx"
                                  secretFilePassword: "%s"
                          - file:
                              scope: GLOBAL
                              id: "azure-pfx"
                              fileName: "azure.pfx"
                              secretBytes: "%s"
                """.formatted(
                SUBSCRIPTION, PFX_PASSWORD, CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN)));

        // the check that the Apply button runs first (nothing is applied), then the application
        assertTrue(ConfigurationAsCode.get().checkWith(YamlSource.of(yaml)).isEmpty());
        ConfigurationAsCode.get().configure(yaml.toString());

        AzureManagementCertificateCredentialsImpl imported = only(r);
        assertEquals("azure-pfx", imported.getSecretFileCredentialsId());
        assertEquals(CERTIFICATE.thumbprintSha1(), imported.getThumbprint());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertTrue(exported.contains("secretFile:"), exported);
        assertTrue(exported.contains("secretFileCredentialsId: \"azure-pfx\""), exported);
        assertFalse(exported.contains("storedKeyStore"), "a reference is exported, not a copy: " + exported);
        assertFalse(exported.contains(PFX_PASSWORD), "password in clear in the export");
    }

    private static AzureManagementCertificateCredentialsImpl only(JenkinsRule r) {
        List<AzureManagementCertificateCredentialsImpl> all = CredentialsProvider.lookupCredentialsInItemGroup(
                AzureManagementCertificateCredentialsImpl.class, r.jenkins, ACL.SYSTEM2);
        assertEquals(1, all.size());
        return all.get(0);
    }
}
