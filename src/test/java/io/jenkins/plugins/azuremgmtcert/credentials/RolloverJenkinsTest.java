package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Items;
import hudson.model.Result;
import hudson.security.ACL;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.rollover.RolloverEvent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The roll-over in a running Jenkins: the promote and roll-back buttons over HTTP (POST with a crumb, Credentials/Update
 * on the store), the credential's config.xml through the credentials plugin's REST API, and a Pipeline that uses the
 * current certificate before and after a promotion.
 */
@WithJenkins
class RolloverJenkinsTest {
    private static final String DESCRIPTOR =
            "descriptorByName/" + AzureManagementCertificateCredentialsImpl.class.getName() + "/";
    private static final String CONFIG_XML = "manage/credentials/store/system/domain/_/credential/asm/config.xml";
    private static final ManagementCertificate NEXT =
            CertificateGenerator.forName("rollover next").generate();
    private static final ManagementCertificate ANOTHER_NEXT =
            CertificateGenerator.forName("rollover another next").generate();
    private static final String NEXT_PASSWORD = "next-Pa55word!";

    private JenkinsRule r;
    private CredentialsStore system;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, CredentialsProvider.VIEW)
                .everywhere()
                .to("viewer"));
        system = CredentialsProvider.lookupStores(r.jenkins).iterator().next();
        assertSame(r.jenkins, system.getContext());
        AzureManagementCertificateCredentialsImpl credential = CredentialFixtures.credential();
        credential.setNextCertificateSource(upload(NEXT, NEXT_PASSWORD));
        system.addCredentials(Domain.global(), credential);
    }

    private static UploadedCertificateSource upload(ManagementCertificate certificate, String password) {
        byte[] pfx = CertificateExporter.toPkcs12(certificate, password.toCharArray(), Pkcs12Encryption.MODERN);
        return new UploadedCertificateSource(
                SecretBytes.fromString(Base64.getEncoder().encodeToString(pfx)), Secret.fromString(password));
    }

    private AzureManagementCertificateCredentialsImpl stored() {
        List<AzureManagementCertificateCredentialsImpl> all = CredentialsProvider.lookupCredentialsInItemGroup(
                AzureManagementCertificateCredentialsImpl.class, r.jenkins, ACL.SYSTEM2);
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void promoteNeedsUpdateAndPostThenRollBackRestores() throws Exception {
        AzureManagementCertificateCredentialsImpl before = stored();

        Page denied = post("viewer", DESCRIPTOR + "promote");
        assertEquals(403, denied.getWebResponse().getStatusCode());
        assertSame(before, stored(), "a refused promotion changed the credential");
        assertEquals(CERTIFICATE.thumbprintSha1(), stored().getThumbprint());

        int get = get("admin", DESCRIPTOR + "promote?savedCredentialId=asm")
                .getWebResponse()
                .getStatusCode();
        assertTrue(get == 405 || (get >= 400 && get < 500), "GET of promote answered " + get);
        assertSame(before, stored(), "a GET changed the credential");

        Page promoted = post("admin", DESCRIPTOR + "promote");
        assertEquals(200, promoted.getWebResponse().getStatusCode());
        String message = promoted.getWebResponse().getContentAsString();
        assertFalse(message.contains("error"), message);
        AzureManagementCertificateCredentialsImpl after = stored();
        assertEquals(NEXT.thumbprintSha1(), after.getThumbprint());
        assertNull(after.getNextCertificate());
        assertNotNull(after.getPreviousCertificateSummary());
        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                after.getPreviousCertificateSummary().thumbprint());
        List<RolloverEvent> history = after.getRolloverHistory();
        assertEquals(1, history.size(), String.valueOf(history));
        assertEquals(RolloverEvent.Action.PROMOTED, history.get(0).getAction());
        assertEquals("admin", history.get(0).getUser());

        Page rolledBack = post("admin", DESCRIPTOR + "rollBack");
        assertEquals(200, rolledBack.getWebResponse().getStatusCode());
        AzureManagementCertificateCredentialsImpl restored = stored();
        assertEquals(CERTIFICATE.thumbprintSha1(), restored.getThumbprint());
        assertNotNull(restored.getNextCertificateSummary());
        assertEquals(NEXT.thumbprintSha1(), restored.getNextCertificateSummary().thumbprint());
        assertNull(restored.getPreviousCertificate());
        List<RolloverEvent> twoSteps = restored.getRolloverHistory();
        assertEquals(2, twoSteps.size(), String.valueOf(twoSteps));
        assertEquals(RolloverEvent.Action.ROLLED_BACK, twoSteps.get(0).getAction());
        assertEquals("admin", twoSteps.get(0).getUser());
    }

    @Test
    void configXmlShowsTheRolloverWithoutSecretsAndPostingItBackKeepsIt() throws Exception {
        assertEquals(200, post("admin", DESCRIPTOR + "promote").getWebResponse().getStatusCode());
        // a next certificate again, so that all three are there: current, next and previous
        AzureManagementCertificateCredentialsImpl promoted = stored();
        AzureManagementCertificateCredentialsImpl copy =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(Items.XSTREAM2.toXML(promoted));
        copy.setNextCertificateSource(upload(ANOTHER_NEXT, NEXT_PASSWORD));
        assertTrue(system.updateCredentials(Domain.global(), promoted, copy));
        assertThreeCertificates(stored());

        Page page = get("admin", CONFIG_XML);
        assertEquals(200, page.getWebResponse().getStatusCode());
        String xml = page.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("<nextCertificate>"), xml);
        assertTrue(xml.contains("<previousCertificate>"), xml);
        assertTrue(xml.contains("<rolloverHistory>"), xml);
        assertTrue(xml.contains("PROMOTED"), xml);
        assertNoSecretInClear(xml);

        AzureManagementCertificateCredentialsImpl beforePost = stored();
        assertEquals(403, postXml("viewer", CONFIG_XML, xml).getWebResponse().getStatusCode());
        assertSame(beforePost, stored(), "a refused config.xml POST changed the credential");

        // the XML as shown, secrets redacted: the saved certificates stay
        Page posted = postXml("admin", CONFIG_XML, xml);
        assertEquals(
                200,
                posted.getWebResponse().getStatusCode(),
                posted.getWebResponse().getContentAsString());
        assertTrue(stored() != beforePost, "the POST did not replace the credential");
        assertThreeCertificates(stored());
        assertEquals(CredentialFixtures.SUBSCRIPTION, stored().getSubscriptionId());
    }

    @Test
    void aPipelineUsesTheCurrentCertificateBeforeAndAfterPromotion() throws Exception {
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");
        job.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  withAzureCert(credentialsId: 'asm') {\n"
                        + "    echo \"t=${env.AZURE_CERTIFICATE_THUMBPRINT.toLowerCase()}\"\n"
                        + "  }\n"
                        + "}\n",
                true));

        WorkflowRun first = r.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));
        r.assertLogContains("t=" + lower(CERTIFICATE), first);
        r.assertLogNotContains("t=" + lower(NEXT), first);

        assertEquals(200, post("admin", DESCRIPTOR + "promote").getWebResponse().getStatusCode());

        WorkflowRun second = r.assertBuildStatus(Result.SUCCESS, job.scheduleBuild2(0));
        r.assertLogContains("t=" + lower(NEXT), second);
        r.assertLogNotContains("t=" + lower(CERTIFICATE), second);
    }

    private static String lower(ManagementCertificate certificate) {
        return certificate.thumbprintSha1().toLowerCase(Locale.ROOT);
    }

    private void assertThreeCertificates(AzureManagementCertificateCredentialsImpl credential) {
        assertEquals(NEXT.thumbprintSha1(), credential.getThumbprint());
        assertNotNull(credential.getNextCertificateSummary(), "no next certificate");
        assertEquals(
                ANOTHER_NEXT.thumbprintSha1(),
                credential.getNextCertificateSummary().thumbprint());
        assertNotNull(credential.getPreviousCertificateSummary(), "no previous certificate");
        assertEquals(
                CERTIFICATE.thumbprintSha1(),
                credential.getPreviousCertificateSummary().thumbprint());
        List<RolloverEvent> history = credential.getRolloverHistory();
        assertEquals(1, history.size(), String.valueOf(history));
        assertEquals(RolloverEvent.Action.PROMOTED, history.get(0).getAction());
        assertEquals("admin", history.get(0).getUser());
    }

    private static void assertNoSecretInClear(String xml) {
        assertFalse(xml.contains("PRIVATE KEY"), xml);
        assertFalse(xml.contains(PFX_PASSWORD), xml);
        assertFalse(xml.contains(NEXT_PASSWORD), xml);
        for (ManagementCertificate certificate : List.of(CERTIFICATE, NEXT, ANOTHER_NEXT)) {
            String key = Base64.getEncoder()
                    .encodeToString(certificate.privateKey().getEncoded())
                    .substring(0, 40);
            assertFalse(xml.contains(key), "a private key in clear: " + xml);
        }
    }

    private Page post(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("savedCredentialId", "asm")));
        wc.addCrumb(request);
        return wc.getPage(request);
    }

    private Page postXml(String user, String path, String xml) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(wc.createCrumbedUrl(path), HttpMethod.POST);
        request.setAdditionalHeader("Content-Type", "application/xml");
        request.setRequestBody(xml);
        return wc.getPage(request);
    }

    private Page get(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        return wc.getPage(new WebRequest(new URL(r.getURL(), path), HttpMethod.GET));
    }
}
