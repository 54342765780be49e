package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrative monitor of expiring certificates in the real Manage Jenkins page: a credential whose certificate
 * (made by openssl) expires in ten days is listed with its expiry and thumbprint within seconds of being saved (the
 * save, not the hourly scan, brings it); one valid for two years is not; a user with only Overall/Read sees neither
 * the monitor nor Manage Jenkins; Dismiss hides the warning until the monitor is enabled again; a deleted credential
 * leaves the warning within seconds.
 */
@ExtendWith(E2e.class)
class ExpiryMonitorE2eTest {
    private static final String MONITOR = "io.jenkins.plugins.azuremgmtcert.credentials.ExpiringCertificatesMonitor";
    /** How long the warning may take to appear after a save: the scan it triggers runs a second later. */
    private static final Duration AFTER_SAVE = Duration.ofSeconds(20);
    /** The scan at start-up runs 10 s after Jenkins' initialisation; later, only a save or the hourly scan lists one. */
    private static final Duration START_UP_SCAN_DONE = Duration.ofSeconds(25);

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
        afterTheStartUpScan(e2e);
        create(e2e, soonId, soonLabel, soon.pfxBase64(password), password);
        create(e2e, laterId, laterLabel, later.pfxBase64(password), password);

        // no restart, no hour's wait: the scan the save triggered lists it within seconds
        Duration took = waitUntilListed(e2e, soonLabel);
        System.out.println("[e2e] expiry warning shown " + took.toMillis() + " ms after the save");
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

    @Test
    void dismissHidesTheWarningUntilTheMonitorIsEnabledAgain(E2e e2e) throws Exception {
        Path dir = Files.createTempDirectory(e2e.work(), "dismiss-");
        TestCertificate soon = TestCertificate.selfSigned(dir, "expires-soon", 5);
        String id = e2e.unique("testing");
        String label = "Test deployments " + id;
        String password = "pfx-" + UUID.randomUUID();
        create(e2e, id, label, soon.pfxBase64(password), password);
        waitUntilListed(e2e, label);

        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go("manage/");
            browser.waitForText(By.cssSelector("section.manage-messages"), label);
            WebElement dismiss = browser.waitFor(By.xpath("//form[contains(@action, 'administrativeMonitor/" + MONITOR
                    + "/disable')]//button[normalize-space(.)='Dismiss']"));
            browser.click(dismiss);
            // Jenkins' disable answers with a redirect to Manage Jenkins, now without the warning
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().endsWith("/manage/")
                            && !d.getPageSource().contains("administrativeMonitor/" + MONITOR));
            assertFalse(browser.driver().getPageSource().contains(label), "the dismissed warning is still shown");
        } finally {
            setEnabled(e2e, true);
        }
        assertTrue(e2e.admin().get("manage/").body().contains(label), "enabled again, the warning is not back");

        setEnabled(e2e, false);
        try {
            HttpResponse<String> manage = e2e.admin().get("manage/");
            assertEquals(200, manage.statusCode());
            assertFalse(manage.body().contains(label), "disabled, the warning is shown");
        } finally {
            setEnabled(e2e, true);
        }

        // deleting the credential saves the store too: the warning forgets it without waiting for the hourly scan
        HttpResponse<String> deleted = e2e.admin()
                .postForm(SystemStoreCredentialE2eTest.SYSTEM_DOMAIN + "credential/" + id + "/doDelete", Map.of());
        assertEquals(302, deleted.statusCode(), deleted::body);
        waitUntil(e2e, label, false);
    }

    /** Waits, if need be, until Jenkins' start-up scan is over, so that only a save can list a new certificate. */
    private static void afterTheStartUpScan(E2e e2e) throws Exception {
        String out =
                e2e.admin().script("println 'UPTIME=' + java.lang.management.ManagementFactory.runtimeMXBean.uptime");
        long uptime = Long.parseLong(out.replaceAll("(?s).*UPTIME=(\\d+).*", "$1"));
        long left = START_UP_SCAN_DONE.toMillis() - uptime;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    /** Polls Manage Jenkins until the warning lists the credential; fails after {@link #AFTER_SAVE}. */
    private static Duration waitUntilListed(E2e e2e, String label) throws Exception {
        return waitUntil(e2e, label, true);
    }

    /** Polls Manage Jenkins until the warning lists the credential, or no longer does; at most {@link #AFTER_SAVE}. */
    private static Duration waitUntil(E2e e2e, String label, boolean listed) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(AFTER_SAVE);
        while (true) {
            HttpResponse<String> manage = e2e.admin().get("manage/");
            if (manage.statusCode() == 200 && manage.body().contains(label) == listed) {
                return Duration.between(start, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the expiry warning " + (listed ? "did not list " : "still lists ") + label
                        + " " + AFTER_SAVE + " after the save (answer " + manage.statusCode() + ")");
            }
            Thread.sleep(250);
        }
    }

    /** Turns the monitor on or off as the System page's "Administrative monitors" checkboxes do. */
    private static void setEnabled(E2e e2e, boolean enabled) throws Exception {
        String out = e2e.admin().script("""
                jenkins.model.Jenkins.get().getAdministrativeMonitor('%s').disable(%s)
                println 'enabled=' + jenkins.model.Jenkins.get().getAdministrativeMonitor('%s').enabled
                """.formatted(MONITOR, !enabled, MONITOR));
        assertTrue(out.contains("enabled=" + enabled), out);
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
