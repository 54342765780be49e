package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.StaplerRequest2;

class CredentialsFormSubmissionTest {

    private static StaplerRequest2 request(String uri) {
        return (StaplerRequest2) Proxy.newProxyInstance(
                StaplerRequest2.class.getClassLoader(),
                new Class<?>[] {StaplerRequest2.class},
                (proxy, method, args) -> method.getName().equals("getRequestURI") ? uri : null);
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
