package io.jenkins.plugins.azuremgmtcert.e2e;

import static io.jenkins.plugins.azuremgmtcert.e2e.SystemStoreCredentialE2eTest.SYSTEM_DOMAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every way of providing the certificate, in the real dialog as an administrator: the input is made by openssl (which
 * nobody on this project wrote), the saved credential must show openssl's SHA-1 thumbprint; and the field checks show
 * the plugin's own messages under the field while the user types, before anything is saved.
 */
@ExtendWith(E2e.class)
class CredentialSourcesE2eTest {
    private static final String PFX_PASSWORD = "Pfx-pass-4-e2e";

    @Test
    void pfxWithPasswordIsDescribedBeforeSavingAndSavedWithOpensslsThumbprint(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E pfx with password");
        Path pfx = Openssl.pkcs12(pair, "with-password.pfx", PFX_PASSWORD);
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String id = e2e.unique("pfx-password");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(UUID.randomUUID().toString())
                    .uploadPfx(pfx, PFX_PASSWORD)
                    .id(id)
                    .description("Uploaded .pfx with a password");
            String summary = dialog.messageUnder("_.keyStore", thumbprint);
            assertTrue(summary.contains("CN=E2E pfx with password"), summary);
            browser.screenshot("credential-dialog-upload");
            // saved from the file input itself, as when the page's script has not finished copying the file (the
            // variants below are saved from the script's copy)
            dialog.forgetScriptCopiesOfFiles().submit();

            assertEquals(thumbprint, savedThumbprint(browser, id));
        }
    }

    @Test
    void pfxIsAcceptedWhateverOpensslProtectedItWith(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E pfx variants");
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        // without a password: openssl 3's default (AES-256 / PBKDF2 with the empty password), its -legacy (RC2-40 /
        // 3DES, SHA-1 MAC), and a file with no encryption and no MAC at all; with a password: -legacy
        java.util.Map<Path, String> files = new java.util.LinkedHashMap<>();
        files.put(Openssl.pkcs12(pair, "modern-empty-password.pfx", ""), "");
        files.put(Openssl.pkcs12(pair, "legacy-empty-password.pfx", "", "-legacy"), "");
        files.put(Openssl.pkcs12(pair, "unencrypted.pfx", "", "-keypbe", "NONE", "-certpbe", "NONE", "-nomac"), "");
        files.put(Openssl.pkcs12(pair, "legacy-with-password.pfx", PFX_PASSWORD, "-legacy"), PFX_PASSWORD);
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            for (java.util.Map.Entry<Path, String> file : files.entrySet()) {
                String id = e2e.unique("pfx-variant");
                CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                        .subscription(UUID.randomUUID().toString())
                        .uploadPfx(file.getKey(), file.getValue())
                        .id(id);
                dialog.messageUnder("_.keyStore", thumbprint);
                dialog.submit();
                assertEquals(
                        thumbprint,
                        savedThumbprint(browser, id),
                        file.getKey().getFileName() + " saved another certificate");
            }
        }
    }

    @Test
    void pemWithPlainOrEncryptedKeyIsSavedWithOpensslsThumbprint(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E PEM");
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String plainKey = pair.keyPem();
        assertTrue(plainKey.contains("BEGIN PRIVATE KEY"), "openssl wrote no unencrypted PKCS#8 key: " + plainKey);
        String keyPassword = "Pem-key-pass-4-e2e";
        String encryptedKey = Openssl.encryptedKey(pair, keyPassword);
        assertTrue(encryptedKey.contains("BEGIN ENCRYPTED PRIVATE KEY"), encryptedKey);
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            String plainId = e2e.unique("pem-plain");
            CredentialDialog plain = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(UUID.randomUUID().toString())
                    .pastePem(pair.certificatePem() + plainKey, "")
                    .id(plainId);
            plain.messageUnder("_.pem", thumbprint);
            plain.submit();
            assertEquals(thumbprint, savedThumbprint(browser, plainId));

            String encryptedId = e2e.unique("pem-encrypted");
            CredentialDialog encrypted = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(UUID.randomUUID().toString())
                    .pastePem(pair.certificatePem() + encryptedKey, keyPassword)
                    .id(encryptedId);
            encrypted.submit();
            assertEquals(thumbprint, savedThumbprint(browser, encryptedId));
        }
    }

    @Test
    void publishSettingsFileGivesSubscriptionUrlAndCertificate(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E publishsettings");
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        Path pfx = Openssl.pkcs12(pair, "for-publishsettings.pfx", "");
        String subscription = Simulators.newSubscription(e2e, "Publish settings subscription");
        e2e.serviceManagement().uploadCer(subscription, der(pair));
        Path file = e2e.work().resolve(e2e.unique("account") + ".publishsettings");
        Files.writeString(file, publishSettings(e2e.serviceManagement().url().toString(), subscription, pfx));
        String id = e2e.unique("publishsettings");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            // no subscription ID typed: the file provides it, and its Service Management URL
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .importPublishSettings(file)
                    .id(id);
            String holds = dialog.messageUnder("_.publishSettings", subscription);
            assertTrue(holds.contains("Publish settings subscription"), holds);
            String connected = dialog.testConnection();
            assertTrue(
                    connected.contains("Connected to subscription 'Publish settings subscription' (Active)"),
                    connected);
            assertTrue(connected.contains(thumbprint), connected);
            dialog.submit();
            assertEquals(thumbprint, savedThumbprint(browser, id));
            String saved = e2e.admin()
                    .script("println(com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                            + ".credentials.find { it.id == '" + id + "' }.subscriptionId)");
            assertEquals(subscription, saved.trim());
        }
    }

    @Test
    void fieldChecksShowThePluginsMessagesWhileTheUserTypes(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E field checks");
        Path pfx = Openssl.pkcs12(pair, "checked.pfx", PFX_PASSWORD);
        byte[] bytes = Files.readAllBytes(pfx);
        byte[] damagedBytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        Path damaged = Files.write(pfx.resolveSibling("damaged.pfx"), damagedBytes);
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription("my-subscription")
                    .tenant("not a tenant!")
                    .application("12345");
            assertTrue(dialog.messageUnder("_.subscriptionId", "must be a GUID")
                    .contains("The subscription ID must be a GUID such as 00000000-0000-0000-0000-000000000000."));
            assertTrue(dialog.messageUnder("_.tenantId", "The tenant must be")
                    .contains("The tenant must be a directory (tenant) ID"));
            assertTrue(dialog.messageUnder("_.applicationId", "must be a GUID")
                    .contains("The application (client) ID must be a GUID"));

            // a wrong password: said under the file, before saving
            dialog.uploadPfx(pfx, "not-the-password");
            String wrong = dialog.messageUnder("_.keyStore", "The password does not open this PKCS#12 file.");
            assertFalse(wrong.contains("SHA-1 thumbprint"), wrong);

            // a damaged file (the first half of a good one)
            dialog.uploadPfx(damaged, "");
            dialog.messageUnder("_.keyStore", "The PKCS#12 file is damaged or truncated and cannot be read.");

            // and once corrected, the messages go and the summary comes
            dialog.subscription(UUID.randomUUID().toString());
            dialog.waitForMessageGone("_.subscriptionId", "must be a GUID");
            dialog.uploadPfx(pfx, PFX_PASSWORD);
            dialog.messageUnder("_.keyStore", Openssl.sha1FingerprintOfPem(pair.certificate()));
        }
    }

    @Test
    void fileChosenWhileTheDialogsScriptsStillLoadIsRead(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E slow link");
        Path pfx = Openssl.pkcs12(pair, "slow.pfx", "");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            // the dialog shows its form before its scripts have loaded; a user who picks the file at once must get
            // the same summary as one who waits
            browser.slowNetwork(java.time.Duration.ofMillis(700));
            CredentialDialog dialog =
                    CredentialDialog.add(browser, SYSTEM_DOMAIN).uploadPfx(pfx, "");
            dialog.messageUnder("_.keyStore", Openssl.sha1FingerprintOfPem(pair.certificate()));
        }
    }

    /** The thumbprint the saved credential's Update dialog shows. */
    static String savedThumbprint(Browser browser, String id) {
        return CredentialDialog.update(browser, SYSTEM_DOMAIN + "credential/" + id + "/")
                .currentThumbprint();
    }

    static byte[] der(Openssl.KeyPair pair) throws Exception {
        return java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(pair.certificate()))
                .getEncoded();
    }

    /** A schema 2.0 .publishsettings file as the Azure portal issued them, with one subscription. */
    static String publishSettings(String serviceManagementUrl, String subscription, Path pfxWithoutPassword)
            throws Exception {
        String certificate = Base64.getEncoder().encodeToString(Files.readAllBytes(pfxWithoutPassword));
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <PublishData>
                  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">
                    <Subscription ServiceManagementUrl="%s" Id="%s" Name="Publish settings subscription" \
                ManagementCertificate="%s" />
                  </PublishProfile>
                </PublishData>
                """.formatted(serviceManagementUrl, subscription, certificate);
    }
}
