package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Fingerprint;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.model.Result;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A credential whose certificate is a Secret file credential, in a running Jenkins: read where it is used and as
 * whoever uses it, replaced with the Secret file, tracked, and listed only where the user may see it.
 */
@WithJenkins
class SecretFileSourceJenkinsTest {
    private static final ManagementCertificate FIRST =
            CertificateGenerator.forName("first").generate();
    private static final ManagementCertificate SECOND =
            CertificateGenerator.forName("second").generate();
    private static final String PIPELINE = "node {\n"
            + "  withAzureCert(credentialsId: 'asm-file') {\n"
            + "    echo \"thumbprint=${env.AZURE_CERTIFICATE_THUMBPRINT.toLowerCase()}\"\n"
            + "  }\n"
            + "}\n";
    private static final String FILL =
            "descriptorByName/" + SecretFileCertificateSource.class.getName() + "/fillSecretFileCredentialsIdItems";

    private JenkinsRule r;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        r = rule;
    }

    private static FileCredentialsImpl pfxFile(
            CredentialsScope scope, String id, ManagementCertificate certificate, String password) {
        byte[] pfx = CertificateExporter.toPkcs12(certificate, password.toCharArray(), Pkcs12Encryption.MODERN);
        return new FileCredentialsImpl(scope, id, "the .pfx", "azure.pfx", SecretBytes.fromRawBytes(pfx));
    }

    private static AzureManagementCertificateCredentialsImpl referring(String fileId, String password) {
        SecretFileCertificateSource source = new SecretFileCertificateSource(fileId);
        source.setSecretFilePassword(Secret.fromString(password));
        return new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "asm-file", "From a Secret file", SUBSCRIPTION, source);
    }

    private static CredentialsStore storeOf(ModelObject context) {
        for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
            if (store.getContext() == context) {
                return store;
            }
        }
        throw new AssertionError("no store of " + context.getDisplayName());
    }

    private WorkflowRun build(WorkflowJob job, Result expected) throws Exception {
        job.setDefinition(new CpsFlowDefinition(PIPELINE, true));
        return r.assertBuildStatus(expected, job.scheduleBuild2(0));
    }

    @Test
    void theBuildReadsTheSecretFileAndReplacingItRenewsTheCertificate() throws Exception {
        CredentialsStore system = storeOf(r.jenkins);
        FileCredentialsImpl file = pfxFile(CredentialsScope.GLOBAL, "azure-pfx", FIRST, "pw-1");
        system.addCredentials(Domain.global(), file);
        AzureManagementCertificateCredentialsImpl credential = referring("azure-pfx", "pw-1");
        system.addCredentials(Domain.global(), credential);
        WorkflowJob job = r.createProject(WorkflowJob.class, "deploy");

        assertEquals(FIRST.thumbprintSha1(), credential.getThumbprint(), "the page reads it as Jenkins");
        WorkflowRun first = build(job, Result.SUCCESS);
        r.assertLogContains("thumbprint=" + FIRST.thumbprintSha1().toLowerCase(), first);
        Fingerprint used = CredentialsProvider.getFingerprintOf(file);
        assertNotNull(used, "the Secret file is tracked as used");
        assertTrue(used.getJobs().contains("deploy"), String.valueOf(used.getJobs()));

        system.updateCredentials(Domain.global(), file, pfxFile(CredentialsScope.GLOBAL, "azure-pfx", SECOND, "pw-1"));

        r.assertLogContains("thumbprint=" + SECOND.thumbprintSha1().toLowerCase(), build(job, Result.SUCCESS));
        assertEquals(SECOND.thumbprintSha1(), credential.getThumbprint());
        assertTrue(Jenkins.XSTREAM2.toXML(credential).contains("azure-pfx"));
        assertFalse(Jenkins.XSTREAM2.toXML(credential).contains("<keyStore>"), "no copy is kept");
    }

    @Test
    void aSecretFileInAFolderServesThatFoldersBuildsOnly() throws Exception {
        Folder team = r.jenkins.createProject(Folder.class, "team");
        storeOf(team).addCredentials(Domain.global(), pfxFile(CredentialsScope.GLOBAL, "team-pfx", FIRST, "pw"));
        // saved in the system store, where Jenkins itself cannot see the folder's Secret file: kept as a reference
        AzureManagementCertificateCredentialsImpl credential = referring("team-pfx", "pw");
        storeOf(r.jenkins).addCredentials(Domain.global(), credential);
        assertEquals("team-pfx", credential.getSecretFileCredentialsId());

        WorkflowRun inFolder = build(team.createProject(WorkflowJob.class, "deploy"), Result.SUCCESS);
        r.assertLogContains("thumbprint=" + FIRST.thumbprintSha1().toLowerCase(), inFolder);

        WorkflowRun outside = build(r.createProject(WorkflowJob.class, "elsewhere"), Result.FAILURE);
        r.assertLogContains(
                Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound("asm-file", "team-pfx"), outside);
    }

    @Test
    void aSystemScopedSecretFileIsNeverUsedByABuild() throws Exception {
        CredentialsStore system = storeOf(r.jenkins);
        system.addCredentials(Domain.global(), pfxFile(CredentialsScope.SYSTEM, "system-pfx", FIRST, "pw"));
        system.addCredentials(Domain.global(), referring("system-pfx", "pw"));

        WorkflowRun run = build(r.createProject(WorkflowJob.class, "deploy"), Result.FAILURE);

        r.assertLogContains(
                Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound("asm-file", "system-pfx"), run);
        r.assertLogNotContains(FIRST.thumbprintSha1().toLowerCase(), run);
    }

    @Test
    void theListOffersTheSecretFilesTheUserMaySeeInTheFormsContext() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        Folder team = r.jenkins.createProject(Folder.class, "team");
        Folder other = r.jenkins.createProject(Folder.class, "other");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ)
                .everywhere()
                .toAuthenticated()
                .grant(Item.READ, CredentialsProvider.CREATE)
                .onItems(team)
                .to("creator")
                .grant(Item.READ)
                .onItems(team)
                .to("reader"));
        CredentialsStore system = storeOf(r.jenkins);
        system.addCredentials(Domain.global(), pfxFile(CredentialsScope.GLOBAL, "global-pfx", FIRST, "pw"));
        system.addCredentials(Domain.global(), pfxFile(CredentialsScope.SYSTEM, "system-pfx", FIRST, "pw"));
        storeOf(team).addCredentials(Domain.global(), pfxFile(CredentialsScope.GLOBAL, "team-pfx", FIRST, "pw"));
        storeOf(other).addCredentials(Domain.global(), pfxFile(CredentialsScope.GLOBAL, "other-pfx", FIRST, "pw"));

        String asAdmin = fill("admin", "");
        assertTrue(asAdmin.contains("global-pfx"), asAdmin);
        assertFalse(asAdmin.contains("system-pfx"), "builds cannot use System scope: " + asAdmin);
        assertFalse(asAdmin.contains("team-pfx"), asAdmin);

        String inTeam = fill("creator", "job/team/");
        assertTrue(inTeam.contains("team-pfx") && inTeam.contains("global-pfx"), inTeam);
        assertFalse(inTeam.contains("other-pfx") || inTeam.contains("system-pfx"), inTeam);

        String forReader = fill("reader", "job/team/");
        assertFalse(forReader.contains("team-pfx") || forReader.contains("global-pfx"), forReader);
        String systemForCreator = fill("creator", "");
        assertFalse(systemForCreator.contains("global-pfx"), systemForCreator);
    }

    private String fill(String user, String context) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), context + FILL), HttpMethod.POST);
        request.setRequestParameters(List.of(new NameValuePair("secretFileCredentialsId", "")));
        wc.addCrumb(request);
        return wc.getPage(request).getWebResponse().getContentAsString();
    }
}
