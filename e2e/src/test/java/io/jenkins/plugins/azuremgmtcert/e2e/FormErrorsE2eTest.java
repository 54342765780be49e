package io.jenkins.plugins.azuremgmtcert.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person sees when the credential form's input cannot be used: the plugin's own message after Create (not the
 * credentials plugin's "Operation failed"), Test Connection of exactly the chosen certificate source, and a credential
 * created as XML with a bad cloud that neither breaks the page nor keeps the bad value.
 */
@ExtendWith(E2e.class)
class FormErrorsE2eTest {
    private static final String SYSTEM_DOMAIN = SystemStoreCredentialE2eTest.SYSTEM_DOMAIN;
    private static final String WRONG_PASSWORD = "The password does not open this PKCS#12 file.";
    private static final String BAD_TENANT = "The tenant must be a directory (tenant) ID";
    private static final String NOT_GENERATED_YET = "A new certificate is generated when you save the credential";

    @Test
    void wrongPfxPasswordOnCreateShowsThePluginsMessageAndCreatesNothing(E2e e2e) throws Exception {
        String id = e2e.unique("wrong-password");
        Path pfx = pfx(e2e, "wrong-password", "right-password");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(Simulators.newSubscription(e2e, "Wrong password"))
                    .uploadPfx(pfx, "not-the-password")
                    .id(id);
            String shown = submitAndReadNotification(browser, WRONG_PASSWORD);
            browser.screenshot("save-refused");
            assertFalse(shown.contains("Operation failed"), shown);
            assertFalse(shown.contains("not-the-password"), "the password must not be echoed: " + shown);
        }
        assertNotCreated(e2e, id);
    }

    @Test
    void badTenantOnCreateShowsThePluginsMessageAndCreatesNothing(E2e e2e) throws Exception {
        String id = e2e.unique("bad-tenant");
        Path pfx = pfx(e2e, "bad-tenant", "pfx-password");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(Simulators.newSubscription(e2e, "Bad tenant"))
                    .uploadPfx(pfx, "pfx-password")
                    .tenant("not a tenant")
                    .application("11111111-2222-3333-4444-555555555555")
                    .id(id);
            String shown = submitAndReadNotification(browser, BAD_TENANT);
            assertFalse(shown.contains("Operation failed"), shown);
        }
        assertNotCreated(e2e, id);
    }

    @Test
    void badTenantOnSaveOfTheUpdateDialogShowsThePluginsMessageAndKeepsTheCredential(E2e e2e) throws Exception {
        String id = e2e.unique("update-tenant");
        Path dir = Files.createTempDirectory(e2e.work(), "update-");
        String pfx = TestCertificate.selfSigned(dir, "update", 730).pfxBase64("pfx-password");
        e2e.admin()
                .script("import com.cloudbees.plugins.credentials.*\n"
                        + "import com.cloudbees.plugins.credentials.domains.Domain\n"
                        + "import io.jenkins.plugins.azuremgmtcert.credentials.*\n"
                        + "import io.jenkins.plugins.azuremgmtcert.credentials.source.*\n"
                        + "def c = new AzureManagementCertificateCredentialsImpl(CredentialsScope.GLOBAL, '" + id
                        + "', 'to update', '" + Simulators.newSubscription(e2e, "Update") + "', new"
                        + " UploadedCertificateSource(SecretBytes.fromString('" + pfx + "'),"
                        + " hudson.util.Secret.fromString('pfx-password')))\n"
                        + "SystemCredentialsProvider.getInstance().getStore().addCredentials(Domain.global(), c)\n");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog.update(browser, SYSTEM_DOMAIN + "credential/" + id + "/")
                    .tenant("not a tenant")
                    .application("11111111-2222-3333-4444-555555555555");
            String shown = submitAndReadNotification(browser, BAD_TENANT);
            assertFalse(shown.contains("Operation failed"), shown);
        }
        String tenant = e2e.admin()
                .script("print(com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                        + ".getCredentials().find { it.id == '" + id + "' }?.tenantId)");
        assertEquals("null", tenant, "the refused tenant was saved");
    }

    @Test
    void badTenantPostedAsAFullPageShowsThePluginsMessageOnCoresErrorPage(E2e e2e) throws Exception {
        String id = e2e.unique("bad-tenant-page");
        Path dir = Files.createTempDirectory(e2e.work(), "page-");
        String pfx = TestCertificate.selfSigned(dir, "page", 730).pfxBase64("pfx-password");
        String json = "{\"credentials\": {\"$class\": \"io.jenkins.plugins.azuremgmtcert.credentials."
                + "AzureManagementCertificateCredentialsImpl\", \"scope\": \"GLOBAL\", \"id\": \"" + id
                + "\", \"description\": \"\", \"subscriptionId\": \"" + Simulators.newSubscription(e2e, "Page")
                + "\", \"cloud\": \"AZURE_PUBLIC\", \"tenantId\": \"not a tenant\", \"applicationId\": \"\","
                + " \"certificateSource\": {\"$class\": \"io.jenkins.plugins.azuremgmtcert.credentials.source."
                + "UploadedCertificateSource\", \"keyStore\": \"" + pfx
                + "\", \"keyStorePassword\": \"pfx-password\"}}}";

        // a form submitted without the dialog's script (no Accept: application/json): core's page for the failure
        HttpResponse<String> page = e2e.admin().postForm(SYSTEM_DOMAIN + "createCredentials", Map.of("json", json));

        assertTrue(page.body().contains(BAD_TENANT), page.statusCode() + " " + page.body());
        assertFalse(page.body().contains("logging ID"), page.body());
        assertNotEquals(200, page.statusCode());
        assertNotCreated(e2e, id);
    }

    @Test
    void testConnectionOfGenerateAfterFillingTheUploadSaysItCannotTestYet(E2e e2e) throws Exception {
        String subscription = Simulators.newSubscription(e2e, "Chosen source");
        Path dir = Files.createTempDirectory(e2e.work(), "chosen-");
        TestCertificate uploaded = TestCertificate.selfSigned(dir, "uploaded", 730);
        Path pfx = SystemStoreCredentialE2eTest.write(dir, "uploaded.pfx", uploaded.pfx("pfx-password"));
        e2e.serviceManagement()
                .uploadCer(subscription, uploaded.pem().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .uploadPfx(pfx, "pfx-password");
            String ofUpload = dialog.testConnection();
            assertTrue(
                    ofUpload.contains("Chosen source") || ofUpload.contains("Connected"),
                    "the upload itself connects: " + ofUpload);

            String ofGenerate = dialog.generate().testConnection();
            assertTrue(ofGenerate.contains(NOT_GENERATED_YET), ofGenerate);
            assertFalse(ofGenerate.contains("Chosen source"), "tested the uploaded file instead: " + ofGenerate);
            assertFalse(ofGenerate.contains(uploaded.thumbprint()), ofGenerate);

            String ofUploadAgain = dialog.choose(CredentialDialog.UPLOAD_PFX).testConnection();
            assertTrue(ofUploadAgain.contains("Chosen source") || ofUploadAgain.contains("Connected"), ofUploadAgain);
        }
    }

    @Test
    void credentialCreatedAsXmlWithABadCloudIsNormalisedAndTheListStillRenders(E2e e2e) throws Exception {
        String id = e2e.unique("xml-cloud");
        String subscription = Simulators.newSubscription(e2e, "XML cloud");
        Path dir = Files.createTempDirectory(e2e.work(), "xml-");
        String pfx = TestCertificate.selfSigned(dir, "xml", 730).pfxBase64("xml-password");
        // a valid credential's XML as this Jenkins writes it (secrets encrypted with its key), then a bad cloud
        String xml = e2e.admin()
                .script("import com.cloudbees.plugins.credentials.*\n"
                        + "import io.jenkins.plugins.azuremgmtcert.credentials.*\n"
                        + "import io.jenkins.plugins.azuremgmtcert.credentials.source.*\n"
                        + "def c = new AzureManagementCertificateCredentialsImpl(CredentialsScope.GLOBAL, '" + id
                        + "', 'from XML', '" + subscription + "', new UploadedCertificateSource("
                        + "SecretBytes.fromString('" + pfx + "'), hudson.util.Secret.fromString('xml-password')))\n"
                        + "print(hudson.model.Items.XSTREAM2.toXML(c))");
        assertTrue(xml.contains("<cloud>") || xml.contains("</subscriptionId>"), xml);
        String bad = xml.contains("<cloud>")
                ? xml.replaceAll("<cloud>[^<]*</cloud>", "<cloud>AZURE_MARS</cloud>")
                : xml.replace("</subscriptionId>", "</subscriptionId><cloud>AZURE_MARS</cloud>");
        bad = bad.replace("</subscriptionId>", "</subscriptionId><tenantId>not a tenant</tenantId>");

        HttpResponse<String> created = e2e.admin().postXml(SYSTEM_DOMAIN + "createCredentials", bad);

        assertTrue(created.statusCode() < 300 || created.statusCode() == 400, "answer " + created.statusCode());
        String cloud = e2e.admin()
                .script("def c = com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                        + ".getCredentials().find { it.id == '" + id + "' }\n"
                        + "print(c == null ? 'refused' : c.cloud + ' ' + c.tenantId + ' ' + c.toString())");
        assertFalse(cloud.contains("AZURE_MARS"), cloud);
        assertTrue(cloud.equals("refused") || cloud.startsWith("AZURE_PUBLIC null "), cloud);

        // and one without its keystore: listed as unreadable, the page still renders
        String withoutKeyStore = id + "-no-keystore";
        HttpResponse<String> createdWithout = e2e.admin()
                .postXml(
                        SYSTEM_DOMAIN + "createCredentials",
                        bad.replace("<id>" + id + "</id>", "<id>" + withoutKeyStore + "</id>")
                                .replaceAll("(?s)<keyStore>.*?</keyStore>", ""));
        assertTrue(createdWithout.statusCode() < 300, "answer " + createdWithout.statusCode());

        HttpResponse<String> list = e2e.admin().get(SYSTEM_DOMAIN);
        assertEquals(200, list.statusCode());
        if (!cloud.equals("refused")) {
            assertTrue(list.body().contains(id), "the credential is not listed");
        }
        assertTrue(list.body().contains(withoutKeyStore), "the credential without keystore is not listed");
        assertTrue(list.body().contains("certificate cannot be read"), "not shown as unreadable");
        assertEquals(
                200,
                e2e.admin()
                        .get(SYSTEM_DOMAIN + "credential/" + withoutKeyStore + "/")
                        .statusCode());
        HttpResponse<String> store = e2e.admin().get("manage/credentials/");
        assertEquals(200, store.statusCode());
    }

    private static Path pfx(E2e e2e, String name, String password) throws Exception {
        Path dir = Files.createTempDirectory(e2e.work(), name + "-");
        TestCertificate certificate = TestCertificate.selfSigned(dir, name, 730);
        return SystemStoreCredentialE2eTest.write(dir, name + ".pfx", certificate.pfx(password));
    }

    /** Presses Create and returns the text of the page's notification bar once it shows the expected message. */
    private static String submitAndReadNotification(Browser browser, String expected) {
        browser.click(browser.waitForClickable(By.id("cr-dialog-submit")));
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            String text = (String) browser.script(
                    "const bar = document.getElementById('notification-bar'); return bar ? bar.innerText : null;");
            return text != null && (text.contains(expected) || text.contains("failed")) ? text : null;
        });
    }

    private static void assertNotCreated(E2e e2e, String id) throws Exception {
        HttpResponse<String> page = e2e.admin().get(SYSTEM_DOMAIN + "credential/" + id + "/");
        assertNotEquals(200, page.statusCode(), "the credential was created");
    }
}
