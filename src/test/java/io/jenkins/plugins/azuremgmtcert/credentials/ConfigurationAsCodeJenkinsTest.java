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
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.yaml.YamlSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

    @Test
    void nextAndPreviousCertificatesAreImportedExportedEncryptedAndReimported(JenkinsRule r, @TempDir Path dir)
            throws Exception {
        ManagementCertificate next = CertificateGenerator.forName("casc next").generate();
        ManagementCertificate previous =
                CertificateGenerator.forName("casc previous").generate();
        Path yaml = dir.resolve("rollover.yaml");
        Files.writeString(yaml, """
                credentials:
                  system:
                    domainCredentials:
                      - credentials:
                          - azureManagementCertificate:
                              id: "azure-rollover"
                              subscriptionId: "%s"
                              certificateSource:
                                uploaded:
                                  keyStore: "%s"
                                  keyStorePassword: "%s"
                              nextCertificateSource:
                                uploaded:
                                  keyStore: "%s"
                                  keyStorePassword: "%s"
                              previousCertificateSource:
                                uploaded:
                                  keyStore: "%s"
                                  keyStorePassword: "%s"
                """.formatted(
                        SUBSCRIPTION,
                        CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN),
                        PFX_PASSWORD,
                        pfxBase64(next, NEXT_PASSWORD),
                        NEXT_PASSWORD,
                        pfxBase64(previous, PREVIOUS_PASSWORD),
                        PREVIOUS_PASSWORD));

        ConfigurationAsCode.get().configure(yaml.toString());
        assertThreeThumbprints(only(r), next, previous);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        String credentials = topLevelSection(exported, "credentials");
        for (String property : List.of("certificateSource", "nextCertificateSource", "previousCertificateSource")) {
            String block = nestedBlock(credentials, property);
            assertTrue(block.contains("stored:"), property + " not exported as stored: " + credentials);
            Matcher password =
                    Pattern.compile("storedPassword: \"?(\\{AQAA[^\"\\s]+})").matcher(block);
            assertTrue(password.find(), property + " password not encrypted: " + block);
            Matcher keyStore =
                    Pattern.compile("storedKeyStore: \"?(\\{[^\"\\s]+})").matcher(block);
            assertTrue(keyStore.find(), property + " keystore not encrypted: " + block);
        }
        for (String secret : List.of(PFX_PASSWORD, NEXT_PASSWORD, PREVIOUS_PASSWORD)) {
            assertFalse(exported.contains(secret), "a password in clear in the export");
        }
        assertFalse(exported.contains("PRIVATE KEY"), "a private key in clear in the export");

        SystemCredentialsProvider.getInstance().getCredentials().clear();
        assertTrue(CredentialsProvider.lookupCredentialsInItemGroup(
                        AzureManagementCertificateCredentialsImpl.class, r.jenkins, ACL.SYSTEM2)
                .isEmpty());
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, credentials);
        ConfigurationAsCode.get().configure(again.toString());
        assertThreeThumbprints(only(r), next, previous);
    }

    private static final String NEXT_PASSWORD = "next-Pa55word!";
    private static final String PREVIOUS_PASSWORD = "previous-Pa55word!";

    private static String pfxBase64(ManagementCertificate certificate, String password) {
        return Base64.getEncoder()
                .encodeToString(
                        CertificateExporter.toPkcs12(certificate, password.toCharArray(), Pkcs12Encryption.MODERN));
    }

    private static void assertThreeThumbprints(
            AzureManagementCertificateCredentialsImpl credential,
            ManagementCertificate next,
            ManagementCertificate previous) {
        assertEquals(CERTIFICATE.thumbprintSha1(), credential.getThumbprint());
        assertNotNull(credential.getNextCertificateSummary(), "no next certificate");
        assertEquals(
                next.thumbprintSha1(), credential.getNextCertificateSummary().thumbprint());
        assertNotNull(credential.getPreviousCertificateSummary(), "no previous certificate");
        assertEquals(
                previous.thumbprintSha1(),
                credential.getPreviousCertificateSummary().thumbprint());
    }

    /** The top-level {@code name:} section of an export, up to the next top-level key. */
    private static String topLevelSection(String yaml, String name) {
        StringBuilder section = new StringBuilder();
        boolean in = false;
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                in = line.startsWith(name + ":");
            }
            if (in) {
                section.append(line).append('\n');
            }
        }
        assertFalse(section.isEmpty(), "no " + name + " section in " + yaml);
        return section.toString();
    }

    /** The lines of the block {@code key:} (its line and those indented deeper). */
    private static String nestedBlock(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith(key + ":")) {
                int indent = lines[i].length() - trimmed.length();
                StringBuilder block = new StringBuilder(lines[i]).append('\n');
                for (int j = i + 1; j < lines.length; j++) {
                    String other = lines[j];
                    if (other.isBlank() || other.length() - other.stripLeading().length() <= indent) {
                        break;
                    }
                    block.append(other).append('\n');
                }
                return block.toString();
            }
        }
        throw new AssertionError("no " + key + " in " + yaml);
    }

    private static AzureManagementCertificateCredentialsImpl only(JenkinsRule r) {
        List<AzureManagementCertificateCredentialsImpl> all = CredentialsProvider.lookupCredentialsInItemGroup(
                AzureManagementCertificateCredentialsImpl.class, r.jenkins, ACL.SYSTEM2);
        assertEquals(1, all.size());
        return all.get(0);
    }
}
