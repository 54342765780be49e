package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.Items;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.source.SecretFileCertificateSource;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;

/**
 * A credential that refers to a Secret file credential, outside a running Jenkins: where no Secret file can be found
 * (configuration as code that defines it later, a build that cannot see it). What it does once the Secret file is
 * found is shown in the real Jenkins ({@code SecretFileSourceJenkinsTest}, {@code CredentialSourcesE2eTest}).
 */
class SecretFileCredentialTest {

    private static SecretFileCertificateSource reference(String password) {
        SecretFileCertificateSource source = new SecretFileCertificateSource("azure-pfx");
        source.setSecretFilePassword(Secret.fromString(password));
        return source;
    }

    private static AzureManagementCertificateCredentialsImpl referring() {
        return new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL, "asm-file", "From a Secret file", SUBSCRIPTION, reference("pfx-pw"));
    }

    @Test
    void configurationAsCodeKeepsTheReferenceOnlySinceItMayDefineTheSecretFileItself() {
        AzureManagementCertificateCredentialsImpl credential = referring();

        assertEquals("azure-pfx", credential.getSecretFileCredentialsId());
        assertEquals(reference("pfx-pw"), credential.getCertificateSource());
        assertNull(credential.getCertificateSummary(), "nothing to show until the Secret file can be read");
        IllegalStateException e = assertThrows(IllegalStateException.class, credential::certificate);
        assertEquals(
                Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound("asm-file", "azure-pfx"),
                e.getMessage());
        assertEquals(
                Messages.AzureManagementCertificateCredentials_NameSecretFile(
                        "From a Secret file", SUBSCRIPTION, "azure-pfx"),
                new AzureManagementCertificateCredentials.NameProvider().getName(credential));
    }

    @Test
    void withoutSubscriptionTheSecretFileMustBeReadNowToNameIt() {
        // a .publishsettings file names the subscription, so it is read at once; here there is none to read
        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "asm-file", "", "", reference("")));

        assertEquals("certificateSource", e.getField());
        assertEquals(
                io.jenkins.plugins.azuremgmtcert.credentials.source.Messages.SecretFileCertificateSource_NotFound(
                        "azure-pfx"),
                e.getMessage());
    }

    @Test
    void aReferenceWithoutSecretFileIsRefused() {
        CredentialFormFailure e = assertThrows(
                CredentialFormFailure.class,
                () -> new AzureManagementCertificateCredentialsImpl(
                        CredentialsScope.GLOBAL, "asm-file", "", SUBSCRIPTION, new SecretFileCertificateSource(" ")));

        assertEquals(
                io.jenkins.plugins.azuremgmtcert.credentials.source.Messages.SecretFileCertificateSource_NoId(),
                e.getMessage());
    }

    @Test
    void theReferenceSurvivesXmlWithItsPasswordEncrypted() {
        String xml = Items.XSTREAM2.toXML(referring());

        assertTrue(xml.contains("<secretFileCredentialsId>azure-pfx</secretFileCredentialsId>"), xml);
        assertFalse(xml.contains("pfx-pw"), xml);
        assertFalse(xml.contains("<keyStore>"), "no copy of the certificate is kept: " + xml);

        AzureManagementCertificateCredentialsImpl read =
                (AzureManagementCertificateCredentialsImpl) Items.XSTREAM2.fromXML(xml);
        assertEquals(reference("pfx-pw"), read.getCertificateSource());
        assertEquals(SUBSCRIPTION, read.getSubscriptionId());
    }

    @Test
    void aBuildThatCannotSeeTheSecretFileGetsACopyThatSaysWhy() {
        AzureManagementCertificateCredentialsImpl credential = referring();

        Object copy = credential.forRun(mock(Run.class));

        AzureManagementCertificateCredentialsImpl forBuild =
                assertInstanceOf(AzureManagementCertificateCredentialsImpl.class, copy);
        assertNotSame(credential, forBuild);
        String why = Messages.AzureManagementCertificateCredentialsImpl_SecretFileNotFound("asm-file", "azure-pfx");
        assertEquals(why, forBuild.getUnusableReason());
        assertEquals(
                why,
                assertThrows(IllegalStateException.class, forBuild::certificate).getMessage());
        assertEquals("asm-file", forBuild.getId());
        assertEquals(SUBSCRIPTION, forBuild.getSubscriptionId());
    }

    @Test
    void withoutTheSecretFileTheKeyStoreIsEmptyRatherThanAFailure() throws Exception {
        KeyStore keyStore = referring().getKeyStore();

        assertEquals(0, keyStore.size());
    }

    @Test
    void aStoredCertificateIsTheSameForEveryBuild() {
        AzureManagementCertificateCredentialsImpl stored = CredentialFixtures.credential();

        assertSame(stored, stored.forRun(mock(Run.class)));
        assertNull(stored.getSecretFileCredentialsId());
        assertNull(stored.getUnusableReason());
    }

    @Test
    void toStringNamesTheSecretFileButNoPassword() {
        String text = referring().toString();

        assertTrue(text.contains("secretFile=azure-pfx"), text);
        assertFalse(text.contains("pfx-pw"), text);
    }
}
