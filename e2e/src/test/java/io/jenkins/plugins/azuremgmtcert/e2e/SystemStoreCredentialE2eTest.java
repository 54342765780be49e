package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
