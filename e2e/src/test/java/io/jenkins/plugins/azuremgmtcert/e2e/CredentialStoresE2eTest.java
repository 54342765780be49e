package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The credential in a folder's store and in a user's own store, each used by a user who has exactly the permissions
 * that store needs and nothing more: the dialog's lists are filled, checks answer, Test Connection works, the
 * credential is saved, and its .cer downloads. And the refusals: a user who can only configure a job, and a request
 * without a crumb.
 */
@ExtendWith(E2e.class)
class CredentialStoresE2eTest {
    private static final String DESCRIPTOR =
            "descriptorByName/io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl/";

    @Test
    void folderUserWithCredentialsPermissionsButNotConfigureAddsTestsAndDownloads(E2e e2e) throws Exception {
        String folder = e2e.unique("team");
        e2e.admin().createItem(folder, "<com.cloudbees.hudson.plugins.folder.Folder/>");
        String user = e2e.createUser("folder-user");
        e2e.grant(user, "hudson.model.Hudson.Read");
        // the least a folder's Add Credentials needs (the bundle's README), and Update to open the saved credential
        // again: no Item/Configure
        grantOnFolder(
                e2e,
                folder,
                user,
                "hudson.model.Item.Read",
                "com.cloudbees.plugins.credentials.CredentialsProvider.View",
                "com.cloudbees.plugins.credentials.CredentialsProvider.Create",
                "com.cloudbees.plugins.credentials.CredentialsProvider.Update");

        String domain = "job/" + folder + "/credentials/store/folder/domain/_/";
        addTestAndDownload(e2e, user, domain, "folder-store");
    }

    @Test
    void plainUserAddsTestsAndDownloadsInTheirOwnStore(E2e e2e) throws Exception {
        String user = e2e.createUser("plain-user");
        e2e.grant(user, "hudson.model.Hudson.Read");
        String domain = "user/" + user + "/credentials/store/user/domain/_/";
        addTestAndDownload(e2e, user, domain, "user-store");
    }

    @Test
    void jobConfigureAloneCannotTestConnectionsAndNeitherCanAForgedRequest(E2e e2e) throws Exception {
        String job = e2e.unique("configurable");
        e2e.admin().createPipeline(job, "echo 'hello'");
        String user = e2e.createUser("job-configurer");
        e2e.grant(user, "hudson.model.Hudson.Read", "hudson.model.Item.Read", "hudson.model.Item.Configure");
        int before = e2e.serviceManagement().requests().size();
        Map<String, String> form = Map.of(
                "subscriptionId", Simulators.newSubscription(e2e, "Refused"),
                "customServiceManagementUrl", e2e.serviceManagement().url().toString());

        HttpResponse<String> asConfigurer =
                e2e.as(user).postForm("job/" + job + "/" + DESCRIPTOR + "testConnection", form);
        assertEquals(403, asConfigurer.statusCode(), asConfigurer.body());

        // an administrator's session, but no crumb: what a cross-site request would look like
        HttpResponse<String> forged = JenkinsClient.withPassword(
                        e2e.jenkins().url(), E2e.ADMIN, e2e.password(E2e.ADMIN))
                .postFormWithoutCrumb(DESCRIPTOR + "testConnection", form);
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(before, e2e.serviceManagement().requests().size(), "a refused request reached Azure");
    }

    /** The whole round in one store, in the browser, as that user. */
    private static void addTestAndDownload(E2e e2e, String user, String domain, String picture) throws Exception {
        String id = e2e.unique("cred");
        String subscription = Simulators.newSubscription(e2e, "Store subscription " + id);
        try (Browser browser = e2e.browserAs(user)) {
            CredentialDialog dialog = CredentialDialog.add(browser, domain);

            // the static lists are filled for this user (by the page's fill requests, once it has loaded)
            assertTrue(optionsFilled(browser, "_.cloud", 3), "the cloud list is empty");
            // the field checks answer
            dialog.subscription("not-a-guid");
            assertTrue(dialog.messageUnder("_.subscriptionId", "GUID").contains("GUID"));
            dialog.subscription(subscription).generate();
            assertTrue(optionsFilled(browser, "_.keySize", 1), "the key size list is empty");

            dialog.serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .id(id)
                    .description(id);
            dialog.submit();

            String credentialPath = domain + "credential/" + id + "/";
            CredentialDialog edit = CredentialDialog.update(browser, credentialPath);
            String page = browser.waitForText(By.tagName("body"), "SHA-1 thumbprint");
            assertTrue(page.contains("CN=Jenkins - " + id), page);

            WebElement link = browser.waitFor(By.cssSelector("a[href*='downloadCertificate']"));
            String path = e2e.jenkins()
                    .url()
                    .relativize(URI.create(link.getAttribute("href")))
                    .toString();
            HttpResponse<byte[]> cer = e2e.as(user).getBytes(path);
            assertEquals(200, cer.statusCode(), path);
            String thumbprint = SystemStoreCredentialE2eTest.sha1(cer.body());
            assertTrue(page.contains(thumbprint), thumbprint + " not on " + page);

            String unknown = edit.testConnection();
            assertTrue(unknown.contains(thumbprint), unknown);
            e2e.serviceManagement().uploadCer(subscription, cer.body());
            String connected = edit.testConnection();
            assertTrue(connected.contains("Store subscription " + id), connected);
            // no refusal of the request (a 403 page); "403" may well occur inside the hex thumbprint
            assertFalse(
                    java.util.regex.Pattern.compile("(?<![0-9A-F])403(?![0-9A-F])")
                            .matcher(connected)
                            .find(),
                    connected);
            assertFalse(connected.contains("Access Denied"), connected);
            browser.screenshot(picture);
        }
    }

    /** Whether the select gets at least this many options within a minute (a fill request answers asynchronously). */
    private static boolean optionsFilled(Browser browser, String name, int atLeast) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.name(name))
                                    .findElements(By.tagName("option"))
                                    .size()
                            >= atLeast);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static void grantOnFolder(E2e e2e, String folder, String user, String... permissionIds) throws Exception {
        StringBuilder groovy = new StringBuilder("""
                import com.cloudbees.hudson.plugins.folder.properties.AuthorizationMatrixProperty
                import hudson.security.Permission
                import org.jenkinsci.plugins.matrixauth.AuthorizationType
                import org.jenkinsci.plugins.matrixauth.PermissionEntry
                def f = jenkins.model.Jenkins.get().getItemByFullName('%s')
                def p = f.properties.get(AuthorizationMatrixProperty)
                if (p == null) { p = new AuthorizationMatrixProperty([:]); f.addProperty(p) }
                """.formatted(folder));
        for (String id : permissionIds) {
            groovy.append("p.add(Permission.fromId('%s'), new PermissionEntry(AuthorizationType.USER, '%s'))\n"
                    .formatted(id, user));
        }
        groovy.append("f.save()\nprintln 'granted'\n");
        String out = e2e.admin().script(groovy.toString());
        assertTrue(out.contains("granted"), out);
    }
}
