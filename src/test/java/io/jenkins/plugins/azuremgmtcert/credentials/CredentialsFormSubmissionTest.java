package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsStoreAction;
import io.jenkins.plugins.azuremgmtcert.credentials.source.CertificateSource;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SourceRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.StaplerRequest2;

class CredentialsFormSubmissionTest {

    private static StaplerRequest2 request(String uri) {
        return request(uri, null);
    }

    /** A request to {@code uri} whose ancestors include the page of this saved credential, if any. */
    private static StaplerRequest2 request(String uri, Credentials saved) {
        CredentialsStoreAction.CredentialsWrapper page =
                saved == null ? null : mock(CredentialsStoreAction.CredentialsWrapper.class);
        if (page != null) {
            when(page.getCredentials()).thenReturn(saved);
        }
        return (StaplerRequest2) Proxy.newProxyInstance(
                StaplerRequest2.class.getClassLoader(),
                new Class<?>[] {StaplerRequest2.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "findAncestorObject" ->
                        args[0] == CredentialsStoreAction.CredentialsWrapper.class ? page : null;
                    default -> null;
                });
    }

    @Test
    void anUpdateKeepsTheCertificateOfTheCredentialWhosePageItIsSubmittedTo() throws Exception {
        AzureManagementCertificateCredentialsImpl saved = CredentialFixtures.credential();

        CertificateSource current = CredentialsFormSubmission.updatedCertificate(
                request("/jenkins/job/team/credentials/store/folder/domain/_/credential/asm/updateSubmit", saved));

        assertNotNull(current);
        assertEquals(
                saved.getThumbprint(),
                current.resolve(new SourceRequest("x", null, true))
                        .certificate()
                        .thumbprintSha1());
    }

    @Test
    void creatingOrSubmittingOutsideAStoreKeepsNothing() {
        AzureManagementCertificateCredentialsImpl saved = CredentialFixtures.credential();

        assertNull(CredentialsFormSubmission.updatedCertificate(
                request("/jenkins/manage/credentials/store/system/domain/_/createCredentials")));
        assertNull(CredentialsFormSubmission.updatedCertificate(request("/jenkins/manage/script", saved)));
        assertNull(CredentialsFormSubmission.updatedCertificate(null));
    }

    @Test
    void createAndUpdateOfACredentialsStoreMayGenerate() {
        assertTrue(CredentialsFormSubmission.isStoreForm(
                request("/jenkins/manage/credentials/store/system/domain/_/createCredentials")));
        assertTrue(CredentialsFormSubmission.isStoreForm(
                request("/job/team/credentials/store/folder/domain/_/credential/asm/updateSubmit")));
    }

    @Test
    void configurationAsCodeAndScriptsMayNot() {
        assertFalse(CredentialsFormSubmission.isStoreForm(null), "no request: JCasC at start-up, scripts, loading");
        assertFalse(CredentialsFormSubmission.isStoreForm(request("/manage/configuration-as-code/reload")));
        assertFalse(CredentialsFormSubmission.isStoreForm(request("/manage/script")));
    }
}
