package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElementUtil;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The credential in a running Jenkins: the form round trip and Test Connection through the web. */
@WithJenkins
class AzureManagementCertificateCredentialsJenkinsTest {
    private static final String DESCRIPTOR_URL =
            "descriptorByName/" + AzureManagementCertificateCredentialsImpl.class.getName() + "/";

    @Test
    void configRoundtripKeepsCertificateAndFields(JenkinsRule r) throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        credential.setTenantId("contoso.onmicrosoft.com");
        credential.setApplicationId("11111111-2222-3333-4444-555555555555");
        credential.setCustomAuthorityHost("https://login.microsoftonline.com");
        credential.setCustomResourceManagerUrl("https://management.local.azurestack.external");
        SystemCredentialsProvider.getInstance().getCredentials().add(credential);
        SystemCredentialsProvider.getInstance().save();

        // Since credentials 1492 (March 2026; the BOM pins 1511) the edit form is a dialog that the credential's page
        // loads and submits with JavaScript, as the user sees it; the old .../update page and its form are gone.
        try (JenkinsRule.WebClient wc = r.createWebClient()) {
            HtmlPage page = wc.goTo("credentials/store/system/domain/_/credential/" + credential.getId() + "/");
            HtmlElementUtil.click(page.querySelector("button[data-type='credentials-update']"));
            wc.waitForBackgroundJavaScript(10_000);
            HtmlForm form = page.getFormByName("updateCredentials");
            form.getInputByName("_.description").setValue("Production ASM, edited");
            HtmlElementUtil.click(form.querySelector("#cr-dialog-submit"));
            wc.waitForBackgroundJavaScript(10_000);
        }

        AzureManagementCertificateCredentialsImpl saved = only(r);
        assertEquals(credential.getThumbprint(), saved.getThumbprint());
        assertEquals(PFX_PASSWORD, saved.getPassword().getPlainText());
        assertEquals(SUBSCRIPTION, saved.getSubscriptionId());
        assertEquals("contoso.onmicrosoft.com", saved.getTenantId());
        assertEquals("11111111-2222-3333-4444-555555555555", saved.getApplicationId());
        assertEquals("https://login.microsoftonline.com", saved.getCustomAuthorityHost());
        assertEquals("https://management.local.azurestack.external", saved.getCustomResourceManagerUrl());
        assertEquals("Production ASM, edited", saved.getDescription(), "the edited form never reached Jenkins");
        String xml = Files.readString(r.jenkins.getRootDir().toPath().resolve("credentials.xml"));
        assertFalse(xml.contains(PFX_PASSWORD));
    }

    @Test
    void chosenFilesAreRedactedFromTheFormDataJenkinsLogs(JenkinsRule r) throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        SystemCredentialsProvider.getInstance().getCredentials().add(credential);
        SystemCredentialsProvider.getInstance().save();

        // The hidden fields hold the chosen .pfx / .publishsettings file as Base64, private key included (in the clear
        // when the file has no password). Jenkins writes a refused form's data into its log, leaving out only the
        // fields the form marks for redaction, as it marks passwords: these must be marked too.
        try (JenkinsRule.WebClient wc = r.createWebClient()) {
            HtmlPage page = wc.goTo("credentials/store/system/domain/_/credential/" + credential.getId() + "/");
            HtmlElementUtil.click(page.querySelector("button[data-type='credentials-update']"));
            wc.waitForBackgroundJavaScript(10_000);
            for (String field : List.of("_.keyStore", "_.publishSettings")) {
                org.htmlunit.html.DomElement input = page.querySelector("input[name='" + field + "']");
                assertTrue(input != null, field + " is not in the form");
                assertTrue(
                        List.of(input.getAttribute("class").split("\\s+")).contains("secretTextarea-redact"),
                        field + " is not marked for redaction: " + input.getAttribute("class"));
            }
        }
    }

    @Test
    void currentCertificateLinkDownloadsThePublicCertificate(JenkinsRule r) throws Exception {
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        SystemCredentialsProvider.getInstance().getCredentials().add(credential);
        SystemCredentialsProvider.getInstance().save();

        try (JenkinsRule.WebClient wc = r.createWebClient()) {
            HtmlPage page = wc.goTo("credentials/store/system/domain/_/credential/" + credential.getId() + "/");
            HtmlElementUtil.click(page.querySelector("button[data-type='credentials-update']"));
            wc.waitForBackgroundJavaScript(10_000);
            HtmlAnchor link = page.querySelector("a[href*='downloadCertificate']");
            Page download = wc.getPage(page.getFullyQualifiedUrl(link.getHrefAttribute()));

            assertEquals(200, download.getWebResponse().getStatusCode());
            assertArrayEquals(
                    CertificateExporter.toCer(CERTIFICATE.certificate()),
                    download.getWebResponse().getContentAsStream().readAllBytes());
        }
    }

    @Test
    void testConnectionThroughTheWebNeedsAdministerAndPost(JenkinsRule r, @TempDir Path dir) throws Exception {
        r.jenkins.setCrumbIssuer(null);
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .to("reader"));
        // the saved credential the update form tests: found by its ID, nothing secret comes from the page
        SystemCredentialsProvider.getInstance().getCredentials().add(CredentialFixtures.credential());
        SystemCredentialsProvider.getInstance().save();
        try (ServiceManagementSimulator asm =
                ServiceManagementSimulator.builder().build()) {
            asm.addSubscription(SUBSCRIPTION, "Production", "Active");
            asm.uploadCertificate(SUBSCRIPTION, CERTIFICATE.certificate());
            asm.addHostedService(SUBSCRIPTION, "web-frontend", "West Europe", "Created");
            trustSimulator(asm.trustStore(), dir);
            List<NameValuePair> form = List.of(
                    new NameValuePair("subscriptionId", SUBSCRIPTION),
                    new NameValuePair("cloud", "AZURE_PUBLIC"),
                    new NameValuePair("customServiceManagementUrl", asm.url().toString()),
                    new NameValuePair("savedCredentialId", "asm"));

            Page asAdmin = post(r, "admin", form, HttpMethod.POST);
            assertEquals(200, asAdmin.getWebResponse().getStatusCode());
            String text = asAdmin.getWebResponse().getContentAsString();
            assertTrue(text.contains("web-frontend"), text);
            assertFalse(text.contains(PFX_PASSWORD));

            int requestsBefore = asm.requests().size();
            assertEquals(
                    403,
                    post(r, "reader", form, HttpMethod.POST).getWebResponse().getStatusCode());
            assertNotEquals(
                    200, post(r, "admin", form, HttpMethod.GET).getWebResponse().getStatusCode());
            assertEquals(requestsBefore, asm.requests().size(), "denied requests reached Azure");
        } finally {
            System.clearProperty("javax.net.ssl.trustStore");
            System.clearProperty("javax.net.ssl.trustStorePassword");
        }
    }

    /**
     * The end-to-end check the custom endpoints exist for: Test Connection in a running Jenkins signs in to the
     * loopback Entra ID / Resource Manager simulator instead of the public cloud.
     */
    @Test
    void testConnectionThroughTheWebSignsInAtTheCustomEndpoints(JenkinsRule r, @TempDir Path dir) throws Exception {
        r.jenkins.setCrumbIssuer(null);
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        // the saved credential the update form tests: found by its ID, nothing secret comes from the page
        SystemCredentialsProvider.getInstance().getCredentials().add(CredentialFixtures.credential());
        SystemCredentialsProvider.getInstance().save();
        String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        String application = "0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5";
        try (ServiceManagementSimulator asm =
                        ServiceManagementSimulator.builder().build();
                EntraSimulator entra = EntraSimulator.start()) {
            asm.addSubscription(SUBSCRIPTION, "Production", "Active");
            asm.uploadCertificate(SUBSCRIPTION, CERTIFICATE.certificate());
            entra.addTenant(tenant, "contoso.onmicrosoft.com")
                    .registerApplication(tenant, application)
                    .uploadCertificate(tenant, application, CERTIFICATE.certificate())
                    .addSubscription(SUBSCRIPTION, tenant, "Stack Hub Production", "Enabled")
                    .grantReader(SUBSCRIPTION, application);
            trustSimulators(dir, asm.trustStore(), entra.trustStore());
            List<NameValuePair> form = List.of(
                    new NameValuePair("subscriptionId", SUBSCRIPTION),
                    new NameValuePair("cloud", "AZURE_PUBLIC"),
                    new NameValuePair("customServiceManagementUrl", asm.url().toString()),
                    new NameValuePair("tenantId", "contoso.onmicrosoft.com"),
                    new NameValuePair("applicationId", application),
                    new NameValuePair(
                            "customAuthorityHost", entra.authorityUrl().toString()),
                    new NameValuePair(
                            "customResourceManagerUrl",
                            entra.resourceManagerUrl().toString()),
                    new NameValuePair("savedCredentialId", "asm"));

            Page asAdmin = post(r, "admin", form, HttpMethod.POST);

            assertEquals(200, asAdmin.getWebResponse().getStatusCode());
            String text = asAdmin.getWebResponse().getContentAsString();
            assertTrue(text.contains("Stack Hub Production"), text);
            assertEquals(1, entra.issuedTokenCount());
        } finally {
            System.clearProperty("javax.net.ssl.trustStore");
            System.clearProperty("javax.net.ssl.trustStorePassword");
        }
    }

    private static Page post(JenkinsRule r, String user, List<NameValuePair> form, HttpMethod method) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), DESCRIPTOR_URL + "testConnection"), method);
        request.setRequestParameters(form);
        return wc.getPage(request);
    }

    private static void trustSimulator(KeyStore trustStore, Path dir) throws Exception {
        trustSimulators(dir, trustStore);
    }

    /** Makes the JVM's default trust (what Test Connection uses in Jenkins) trust the simulators' certificates. */
    private static void trustSimulators(Path dir, KeyStore... simulators) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        int n = 0;
        for (KeyStore simulator : simulators) {
            for (String alias : Collections.list(simulator.aliases())) {
                trustStore.setCertificateEntry("simulator-" + n++, simulator.getCertificate(alias));
            }
        }
        Path file = dir.resolve("simulator-trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore.store(out, "changeit".toCharArray());
        }
        System.setProperty("javax.net.ssl.trustStore", file.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    }

    private static AzureManagementCertificateCredentialsImpl only(JenkinsRule r) {
        List<AzureManagementCertificateCredentialsImpl> all = CredentialsProvider.lookupCredentialsInItemGroup(
                AzureManagementCertificateCredentialsImpl.class, r.jenkins, ACL.SYSTEM2);
        assertEquals(1, all.size());
        return all.get(0);
    }
}
