package io.jenkins.plugins.azuremgmtcert.e2e;

import static io.jenkins.plugins.azuremgmtcert.e2e.SystemStoreCredentialE2eTest.SYSTEM_DOMAIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Secret file credential as the certificate, in the real dialog: the list offers the Secret files a build can use
 * (not the System-scoped one), the field describes the file's certificate, Test Connection reads it and reaches the
 * simulator, the saved credential keeps only the reference, and a Pipeline gets the certificate, also after the
 * Secret file was replaced.
 */
@ExtendWith(E2e.class)
class SecretFileSourceE2eTest {
    private static final String PASSWORD = "Secret-file-pfx-4-e2e";

    @Test
    void aSecretFileIsChosenTestedSavedAndUsedByABuild(E2e e2e) throws Exception {
        Openssl.KeyPair first = Openssl.selfSigned(e2e.work(), "E2E secret file");
        String firstThumbprint = Openssl.sha1FingerprintOfPem(first.certificate());
        String fileId = e2e.unique("secret-pfx");
        String systemFileId = e2e.unique("system-pfx");
        addSecretFile(e2e, fileId, "GLOBAL", Openssl.pkcs12(first, "secret-file.pfx", PASSWORD));
        addSecretFile(e2e, systemFileId, "SYSTEM", Openssl.pkcs12(first, "system-file.pfx", PASSWORD));
        String subscription = Simulators.newSubscription(e2e, "Secret file subscription");
        e2e.serviceManagement().uploadCer(subscription, CredentialSourcesE2eTest.der(first));
        String id = e2e.unique("from-secret-file");

        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .useSecretFile(fileId, "not-the-password");
            assertFalse(dialog.secretFileOptions().contains(systemFileId), "builds cannot use System scope");
            String wrong = dialog.messageUnder("_.secretFileCredentialsId", "password");
            assertTrue(wrong.contains("Secret file credential \u201C" + fileId + "\u201D"), wrong);

            dialog.useSecretFile(fileId, PASSWORD);
            String summary = dialog.messageUnder("_.secretFileCredentialsId", firstThumbprint);
            assertTrue(summary.contains("CN=E2E secret file"), summary);
            browser.screenshot("credential-dialog-secret-file");
            String connected = dialog.testConnection();
            assertTrue(connected.contains("Connected to subscription 'Secret file subscription' (Active)"), connected);
            dialog.id(id).description("Certificate from a Secret file").submit();

            String current = CredentialDialog.update(browser, SYSTEM_DOMAIN + "credential/" + id + "/")
                    .currentCertificate();
            assertTrue(current.contains("Read from the Secret file credential \u201C" + fileId + "\u201D"), current);
            assertEquals(firstThumbprint, CredentialDialog.thumbprintIn(current));
        }
        String stored = e2e.admin()
                .script("def c = com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance()"
                        + ".credentials.find { it.id == '" + id + "' }\n"
                        + "println(jenkins.model.Jenkins.XSTREAM2.toXML(c))");
        assertTrue(stored.contains("<secretFileCredentialsId>" + fileId + "</secretFileCredentialsId>"), stored);
        assertFalse(stored.contains("<keyStore>"), "a copy of the certificate was stored: " + stored);
        assertFalse(stored.contains(PASSWORD), stored);

        String job = e2e.admin()
                .createPipeline(
                        e2e.unique("secret-file-pipeline"),
                        "node { withAzureCert(credentialsId: '" + id + "') {"
                                + " echo \"thumbprint=${env.AZURE_CERTIFICATE_THUMBPRINT}\" } }");
        String log = e2e.admin().buildAndExpect(job, "SUCCESS");
        assertTrue(log.contains("thumbprint=" + firstThumbprint), log);

        // the Secret file is renewed: the next build uses the new certificate, with nothing to change in the credential
        Openssl.KeyPair second = Openssl.selfSigned(e2e.work(), "E2E secret file renewed");
        String secondThumbprint = Openssl.sha1FingerprintOfPem(second.certificate());
        addSecretFile(e2e, fileId, "GLOBAL", Openssl.pkcs12(second, "renewed.pfx", PASSWORD));
        String renewed = e2e.admin().buildAndExpect(job, "SUCCESS");
        assertTrue(renewed.contains("thumbprint=" + secondThumbprint), renewed);
    }

    /** Adds (or replaces) a Secret file credential in the system store, as plain-credentials' own class holds it. */
    private static void addSecretFile(E2e e2e, String id, String scope, Path file) throws Exception {
        String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        e2e.admin().script("""
                import com.cloudbees.plugins.credentials.*
                import com.cloudbees.plugins.credentials.domains.Domain
                import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl
                def store = SystemCredentialsProvider.getInstance().getStore()
                def file = new FileCredentialsImpl(CredentialsScope.%s, '%s', 'the .pfx', 'azure.pfx',
                        SecretBytes.fromRawBytes(Base64.decoder.decode('%s')))
                def old = store.getCredentials(Domain.global()).find { it.id == '%s' }
                if (old) { store.updateCredentials(Domain.global(), old, file) } else { store.addCredentials(Domain.global(), file) }
                """.formatted(scope, id, base64, id));
    }
}
