package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The credential in the system store, as an administrator adds, tests and downloads it in a real browser. */
@ExtendWith(E2e.class)
class SystemStoreCredentialE2eTest {
    static final String SYSTEM_DOMAIN = "manage/credentials/store/system/domain/_/";

    @Test
    void kindPickerShowsTheKindWithADescriptionAndTheCertificateIcon(E2e e2e) throws Exception {
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go(SYSTEM_DOMAIN);
            browser.click(browser.waitForClickable(
                    By.xpath("//*[self::a or self::button][contains(normalize-space(.)," + " 'Add Credentials')]")));
            WebElement name = browser.waitFor(CredentialDialog.kindOption());
            WebElement option = name.findElement(By.xpath("ancestor::label[1]"));
            assertTrue(
                    option.getText().contains("management certificate with private key"),
                    "no description under the kind: " + option.getText());
            assertFalse(
                    option.findElements(By.cssSelector(".icon-application-certificate, svg, img"))
                            .isEmpty(),
                    "no icon");
            assertTrue(
                    option.getAttribute("innerHTML").contains("certificate"),
                    "not the certificate icon: " + option.getAttribute("innerHTML"));
            browser.click(option);
            browser.screenshot("add-credential-kind");
        }
    }

    @Test
    void generatedCertificateIsSavedShownDownloadedAndConnects(E2e e2e) throws Exception {
        String id = e2e.unique("generated");
        String subscription = Simulators.newSubscription(e2e, "Generated subscription");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .generate()
                    .id(id)
                    .description("Build agents");
            browser.screenshot("add-credential-dialog");
            dialog.submit();

            String credentialPath = SYSTEM_DOMAIN + "credential/" + id + "/";
            CredentialDialog.update(browser, credentialPath);
            String page = browser.waitForText(By.tagName("body"), "SHA-1 thumbprint");
            assertTrue(page.contains("CN=Jenkins - Build agents"), page);

            // the .cer behind the page's download link is the certificate the page names
            WebElement link = browser.waitFor(By.cssSelector("a[href*='downloadCertificate']"));
            String href = link.getAttribute("href");
            HttpResponse<byte[]> cer = e2e.admin()
                    .getBytes(e2e.jenkins()
                            .url()
                            .relativize(java.net.URI.create(href))
                            .toString());
            assertEquals(200, cer.statusCode());
            String thumbprint = sha1(cer.body());
            assertTrue(page.replace(":", "").toUpperCase().contains(thumbprint), thumbprint + " not on " + page);
            assertEquals(thumbprint, Openssl.sha1Fingerprint(cer.body(), e2e.work()));

            // before the .cer is uploaded Azure does not know it; after, the connection works
            CredentialDialog edit = CredentialDialog.update(browser, credentialPath)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString());
            String unknown = edit.testConnection();
            assertTrue(unknown.contains(thumbprint) || unknown.toLowerCase().contains("not"), unknown);
            e2e.serviceManagement().uploadCer(subscription, cer.body());
            String connected = edit.testConnection();
            assertTrue(connected.contains("Generated subscription") || connected.contains("Connected"), connected);
            browser.screenshot("test-connection-connected");
        }
    }

    @Test
    void cerDownloadedByTheBrowsersOwnClickIsTheCertificateOpensslMade(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E download");
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String id = e2e.unique("download");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(java.util.UUID.randomUUID().toString())
                    .uploadPfx(Openssl.pkcs12(pair, "download.pfx", PASSWORD), PASSWORD)
                    .id(id)
                    .description("Deployments")
                    .submit();
            CredentialDialog dialog = CredentialDialog.update(browser, credentialPath(id));
            assertTrue(
                    dialog.currentCertificate().contains("Download public certificate (.cer)"),
                    dialog.currentCertificate());
            assertEquals(thumbprint, dialog.currentThumbprint());
            browser.screenshot("credential-page");

            Path downloaded = dialog.downloadCerByClick();
            byte[] clicked = Files.readAllBytes(downloaded);
            String href = browser.driver()
                    .findElement(By.cssSelector("a[href*='downloadCertificate']"))
                    .getAttribute("href");
            HttpResponse<byte[]> rest = e2e.admin()
                    .getBytes(e2e.jenkins()
                            .url()
                            .relativize(java.net.URI.create(href))
                            .toString());
            assertEquals(200, rest.statusCode());
            assertArrayEquals(rest.body(), clicked, "the browser saved other bytes than the REST download");
            assertEquals(thumbprint, Openssl.sha1Fingerprint(clicked, e2e.work()));
            assertEquals(thumbprint, sha1(clicked));
            assertTrue(downloaded.getFileName().toString().endsWith(".cer"), downloaded.toString());
        }
    }

    @Test
    void keepingTheCurrentCertificateWhileEditingKeepsAWorkingCredential(E2e e2e) throws Exception {
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E keep current");
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String subscription = Simulators.newSubscription(e2e, "Keep current subscription");
        e2e.serviceManagement().uploadCer(subscription, CredentialSourcesE2eTest.der(pair));
        String id = e2e.unique("keep");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .uploadPfx(Openssl.pkcs12(pair, "keep.pfx", PASSWORD), PASSWORD)
                    .id(id)
                    .description("Before the edit")
                    .submit();

            CredentialDialog.update(browser, credentialPath(id))
                    .keepCurrent()
                    .description("After the edit")
                    .submit();

            CredentialDialog again = CredentialDialog.update(browser, credentialPath(id));
            assertEquals(thumbprint, again.currentThumbprint());
            assertEquals(
                    "After the edit",
                    browser.driver().findElement(By.name("_.description")).getAttribute("value"));
            String connected = again.testConnection();
            assertTrue(
                    connected.contains("Connected to subscription 'Keep current subscription' (Active) through"
                            + " Service Management"),
                    connected);
            assertEquals(thumbprint, storedThumbprint(e2e, id));
        }
    }

    @Test
    void refusedSaveOfAWrongPfxPasswordKeepsTheOldCertificate(E2e e2e) throws Exception {
        Openssl.KeyPair old = Openssl.selfSigned(e2e.work(), "E2E old certificate");
        String oldThumbprint = Openssl.sha1FingerprintOfPem(old.certificate());
        Openssl.KeyPair replacement = Openssl.selfSigned(e2e.work(), "E2E replacement");
        String id = e2e.unique("refused");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(java.util.UUID.randomUUID().toString())
                    .uploadPfx(Openssl.pkcs12(old, "old.pfx", PASSWORD), PASSWORD)
                    .id(id)
                    .description("Refused save")
                    .submit();

            CredentialDialog update = CredentialDialog.update(browser, credentialPath(id))
                    .uploadPfx(Openssl.pkcs12(replacement, "replacement.pfx", PASSWORD), "wrong-password");
            update.messageUnder("_.keyStore", "The password does not open this PKCS#12 file.");
            String shown = update.submitExpectingRefusal();
            browser.screenshotIn(e2e.work().resolveSibling("screenshots"), "save-refused");
            System.out.println("[e2e] what the browser shows when the save is refused:\n" + shown);
            assertFalse(shown.contains("wrong-password"), "the password is on screen");

            // nothing was lost: the stored credential still holds the old certificate
            assertEquals(oldThumbprint, storedThumbprint(e2e, id));
            assertEquals(
                    oldThumbprint,
                    CredentialDialog.update(browser, credentialPath(id)).currentThumbprint());
        }
    }

    @Test
    void refusedSaveNeverWritesTheChosenFileIntoJenkinsLog(E2e e2e) throws Exception {
        // files that hold the private key without a password: a .pfx, and a .publishsettings file
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E refused, not logged");
        Path pfx = Openssl.pkcs12(pair, "no-password.pfx", "");
        Path publishSettings = e2e.work().resolve(e2e.unique("refused") + ".publishsettings");
        String fileSubscription = java.util.UUID.randomUUID().toString();
        Files.writeString(
                publishSettings,
                CredentialSourcesE2eTest.publishSettings(
                        e2e.serviceManagement().url().toString(), fileSubscription, pfx));
        String pfxId = e2e.unique("refused-pfx");
        String publishSettingsId = e2e.unique("refused-publishsettings");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            // refused: the subscription ID is not a GUID
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription("not-a-guid")
                    .uploadPfx(pfx, "")
                    .id(pfxId)
                    .submitExpectingRefusal();
            // refused: the file has no such subscription
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(java.util.UUID.randomUUID().toString())
                    .importPublishSettings(publishSettings)
                    .id(publishSettingsId)
                    .submitExpectingRefusal();
        }
        // the refusals are the plugin's messages to the person saving, not logged failures with the form data; should
        // Jenkins log a refused form all the same, it leaves out the file fields, which are marked for redaction as
        // passwords are (AzureManagementCertificateCredentialsJenkinsTest checks the marks)
        Thread.sleep(2_000);
        String log = Files.readString(e2e.jenkins().log());
        // ... but never the files' content, which holds the private key in the clear
        for (Path file : List.of(pfx, publishSettings)) {
            String base64 = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            String middle = base64.substring(base64.length() / 2, base64.length() / 2 + 64);
            assertFalse(log.contains(middle), file.getFileName() + " is in jenkins.log");
        }
        assertFalse(storedCredentialExists(e2e, pfxId), "a refused credential was saved");
    }

    private static boolean storedCredentialExists(E2e e2e, String id) throws Exception {
        String out = e2e.admin()
                .script("println('EXISTS=' + (com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                        + ".credentials.find { it.id == '" + id + "' } != null))");
        return out.contains("EXISTS=true");
    }

    private static final String PASSWORD = "System-store-pfx";

    static String credentialPath(String id) {
        return SYSTEM_DOMAIN + "credential/" + id + "/";
    }

    /** The thumbprint of the certificate the controller holds for this credential, read in the controller itself. */
    static String storedThumbprint(E2e e2e, String id) throws Exception {
        String out = e2e.admin()
                .script("def c = com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                        + ".credentials.find { it.id == '" + id + "' }\n"
                        + "println('THUMBPRINT=' + c.certificateSummary.thumbprint())");
        return out.lines()
                .filter(l -> l.startsWith("THUMBPRINT="))
                .map(l -> l.substring("THUMBPRINT=".length()).trim())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no thumbprint for " + id + ": " + out));
    }

    static String sha1(byte[] der) throws Exception {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(der));
    }

    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
