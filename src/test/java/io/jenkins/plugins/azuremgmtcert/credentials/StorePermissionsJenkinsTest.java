package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.ModelObject;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.net.ServerSocket;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Through real HTTP, the web methods follow the credential store of the page's context: a folder's store, a user's
 * own store, the system store; not the item in the URL. Test Connection points at a loopback port that refuses, so it
 * answers without reaching anything.
 */
@WithJenkins
class StorePermissionsJenkinsTest {
    private static final String DESCRIPTOR =
            "descriptorByName/" + AzureManagementCertificateCredentialsImpl.class.getName() + "/";

    private JenkinsRule r;
    private Folder folder;
    private FreeStyleProject job;
    private String refusingUrl;

    @BeforeEach
    void setUp(JenkinsRule rule) throws Exception {
        r = rule;
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        folder = r.jenkins.createProject(Folder.class, "f");
        job = r.createFreeStyleProject("x");
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ)
                .everywhere()
                .toAuthenticated()
                // Item/Read only to reach the folder's URL; no Item/Configure anywhere.
                .grant(Item.READ, CredentialsProvider.CREATE)
                .onItems(folder)
                .to("creator")
                .grant(Item.READ, CredentialsProvider.VIEW)
                .onItems(folder)
                .to("viewer")
                .grant(Item.READ, Item.CONFIGURE)
                .onItems(job)
                .to("configurer"));
        User.getById("alice", true).save();
        try (ServerSocket socket = new ServerSocket(0)) {
            refusingUrl = "https://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    @Test
    void credentialsCreateOnAFolderIsEnoughForItsFormAndTestConnection() throws Exception {
        String clouds = post("creator", "job/f/" + DESCRIPTOR + "fillCloudItems", List.of())
                .getWebResponse()
                .getContentAsString();
        assertTrue(clouds.contains("AZURE_PUBLIC") && clouds.contains("AZURE_CHINA"), clouds);

        Page test = post("creator", "job/f/" + DESCRIPTOR + "testConnection", testConnectionForm());

        assertEquals(200, test.getWebResponse().getStatusCode());
        String text = test.getWebResponse().getContentAsString();
        assertTrue(text.contains("127.0.0.1 is not an Azure Service Management endpoint"), text);
        assertFalse(text.contains("refused"), text);
    }

    @Test
    void jobConfigureDoesNotOpenTestConnection() throws Exception {
        Page denied = post("configurer", "job/x/" + DESCRIPTOR + "testConnection", testConnectionForm());

        assertEquals(403, denied.getWebResponse().getStatusCode());
    }

    @Test
    void aPlainUserFillsAndTestsInTheirOwnStore() throws Exception {
        String fill = post("alice", "user/alice/" + DESCRIPTOR + "fillCloudItems", List.of())
                .getWebResponse()
                .getContentAsString();
        String keySizes = post(
                        "alice",
                        "user/alice/descriptorByName/"
                                + "io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource"
                                + "/fillKeySizeItems",
                        List.of())
                .getWebResponse()
                .getContentAsString();
        Page test = post("alice", "user/alice/" + DESCRIPTOR + "testConnection", testConnectionForm());

        assertTrue(fill.contains("AZURE_PUBLIC"), fill);
        assertTrue(keySizes.contains("4096"), keySizes);
        assertEquals(200, test.getWebResponse().getStatusCode());
        assertTrue(test.getWebResponse().getContentAsString().contains("not an Azure Service Management endpoint"));
        assertEquals(
                403,
                post("alice", DESCRIPTOR + "testConnection", testConnectionForm())
                        .getWebResponse()
                        .getStatusCode(),
                "the system store is not alice's");
    }

    @Test
    void certificateDownloadInAFolderNeedsCredentialsView() throws Exception {
        storeOf(folder).addCredentials(Domain.global(), CredentialFixtures.credential());
        String download = "job/f/" + DESCRIPTOR + "downloadCertificate?id=asm";

        Page viewed = get("viewer", download);
        assertEquals(200, viewed.getWebResponse().getStatusCode());
        assertArrayEquals(
                CertificateExporter.toCer(CERTIFICATE.certificate()),
                viewed.getWebResponse().getContentAsStream().readAllBytes());

        int withoutView = get("creator", download).getWebResponse().getStatusCode();
        assertTrue(withoutView == 403 || withoutView == 404, "status " + withoutView);
        assertEquals(
                403,
                get("configurer", "job/x/" + DESCRIPTOR + "downloadCertificate?id=asm")
                        .getWebResponse()
                        .getStatusCode());
    }

    @Test
    void certificateDownloadInTheUsersOwnStoreIsTheirs() throws Exception {
        User alice = User.getById("alice", true);
        try (ACLContext as = ACL.as(alice)) {
            storeOf(alice).addCredentials(Domain.global(), CredentialFixtures.credential());
        }
        String download = "user/alice/" + DESCRIPTOR + "downloadCertificate?id=asm";

        Page own = get("alice", download);
        assertEquals(200, own.getWebResponse().getStatusCode());
        assertArrayEquals(
                CertificateExporter.toCer(CERTIFICATE.certificate()),
                own.getWebResponse().getContentAsStream().readAllBytes());
        assertEquals(
                403,
                get("alice", DESCRIPTOR + "downloadCertificate?id=asm")
                        .getWebResponse()
                        .getStatusCode(),
                "alice may not view the system store");
    }

    private List<NameValuePair> testConnectionForm() {
        return List.of(
                new NameValuePair("subscriptionId", SUBSCRIPTION),
                new NameValuePair("cloud", "AZURE_PUBLIC"),
                new NameValuePair("customServiceManagementUrl", refusingUrl),
                new NameValuePair("keyStore", CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN)),
                new NameValuePair("keyStorePassword", PFX_PASSWORD));
    }

    private static CredentialsStore storeOf(ModelObject context) {
        for (CredentialsStore store : CredentialsProvider.lookupStores(context)) {
            if (store.getContext() == context) {
                return store;
            }
        }
        throw new AssertionError("no store of " + context.getDisplayName());
    }

    private Page post(String user, String path, List<NameValuePair> form) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), HttpMethod.POST);
        request.setRequestParameters(form);
        wc.addCrumb(request);
        return wc.getPage(request);
    }

    private Page get(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        return wc.getPage(new WebRequest(new URL(r.getURL(), path), HttpMethod.GET));
    }
}
