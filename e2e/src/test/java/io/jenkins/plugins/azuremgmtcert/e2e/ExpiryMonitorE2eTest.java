package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrative monitor of expiring certificates in the real Manage Jenkins page: a credential whose certificate
 * (made by openssl) expires in ten days is listed with its expiry and thumbprint, right after it was saved; one valid
 * for two years is not; a user with only Overall/Read sees neither the monitor nor Manage Jenkins.
 */
@ExtendWith(E2e.class)
class ExpiryMonitorE2eTest {
    private static final String IMPL =
            "io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl";
    private static final String UPLOADED =
            "io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource";

    @Test
    void manageJenkinsListsTheCertificateThatExpiresWithin30DaysOnlyForAdministrators(E2e e2e) throws Exception {
        Path dir = Files.createTempDirectory(e2e.work(), "expiry-");
        TestCertificate soon = TestCertificate.selfSigned(dir, "expires-soon", 10);
        TestCertificate later = TestCertificate.selfSigned(dir, "valid-two-years", 730);
        String soonId = e2e.unique("expiring");
        String laterId = e2e.unique("long-lived");
        String soonLabel = "Staging deployments " + soonId;
        String laterLabel = "Production deployments " + laterId;
        String password = "pfx-" + UUID.randomUUID();
        create(e2e, soonId, soonLabel, soon.pfxBase64(password), password);
        create(e2e, laterId, laterLabel, later.pfxBase64(password), password);

        // no restart, no waiting: the page shown right after saving lists it
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go("manage/");
            String messages = browser.waitForText(By.cssSelector("section.manage-messages"), soonLabel);
            String line = messages.lines()
                    .filter(l -> l.contains(soonLabel))
                    .findFirst()
                    .orElseThrow();
            assertTrue(line.contains(") expires on " + soon.lastDay()), "name and expiry run together: " + line);
            assertTrue(line.contains(soon.thumbprint()), line);
            assertTrue(messages.contains("expire within 30 days"), messages);
            assertFalse(messages.contains(laterLabel), "a certificate valid for two years is listed: " + messages);
            assertFalse(messages.contains(later.thumbprint()), messages);
            assertFalse(messages.contains(password), "the password is shown");
            browser.script("document.querySelector('section.manage-messages').scrollIntoView({block: 'start'});");
            browser.screenshot("expiry-monitor");

            // the name links to the credential
            WebElement link = browser.waitFor(
                    By.xpath("//section[contains(@class,'manage-messages')]//a[contains(normalize-space(.), '"
                            + soonLabel + "')]"));
            browser.click(link);
            browser.waitForText(By.tagName("body"), soonId);
            assertTrue(
                    browser.driver()
                            .getCurrentUrl()
                            .endsWith("/credentials/store/system/domain/_/credential/" + soonId + "/"),
                    browser.driver().getCurrentUrl());
        }

        String reader = e2e.createUser("reader");
        e2e.grant(reader, "hudson.model.Hudson.Read");
        HttpResponse<String> manage = e2e.as(reader).get("manage/");
        assertEquals(403, manage.statusCode(), "Overall/Read opens Manage Jenkins");
        assertFalse(manage.body().contains(soonLabel), "the monitor is in the refusal page");
        try (Browser browser = e2e.browserAs(reader)) {
            browser.go("");
            String page = browser.waitFor(By.tagName("body")).getText();
            assertFalse(page.contains(soonLabel), "a reader sees the monitor: " + page);
            assertFalse(browser.driver().getPageSource().contains(soonLabel), "a reader's page holds the monitor");
            assertFalse(browser.driver().getPageSource().contains(soon.thumbprint()));
        }
    }

    /** Saves an uploaded-.pfx credential in the system store through the form endpoint, as the dialog does. */
    static void create(E2e e2e, String id, String description, String pfxBase64, String password) throws Exception {
        String json = """
                {"credentials": {"scope": "GLOBAL", "$class": "%1$s", "stapler-class": "%1$s",
                 "id": "%3$s", "description": "%4$s", "subscriptionId": "%5$s", "cloud": "AZURE_PUBLIC",
                 "certificateSource": {"$class": "%2$s", "stapler-class": "%2$s",
                   "keyStore": "%6$s", "keyStorePassword": "%7$s"}}}
                """.formatted(IMPL, UPLOADED, id, description, UUID.randomUUID(), pfxBase64, password);
        HttpResponse<String> response = e2e.admin()
                .postForm(SystemStoreCredentialE2eTest.SYSTEM_DOMAIN + "createCredentials", Map.of("json", json));
        assertEquals(
                302,
                response.statusCode(),
                () -> "createCredentials answered " + response.statusCode() + ": "
                        + response.body().replace(pfxBase64, "<pfx>").replace(password, "<password>"));
    }
}
