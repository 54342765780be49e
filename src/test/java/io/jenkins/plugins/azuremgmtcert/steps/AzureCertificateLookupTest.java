package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.AbortException;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import org.junit.jupiter.api.Test;

class AzureCertificateLookupTest {

    @Test
    void missingCredentialNamesTheIdAndIsAnAbortException() {
        AzureCertificateNotFoundException e = assertThrows(
                AzureCertificateNotFoundException.class, () -> AzureCertificateLookup.checkType("my-azure", null));
        assertTrue(e.getMessage().contains("my-azure"), e.getMessage());
        assertTrue(AbortException.class.isInstance(e));
    }

    @Test
    void otherCredentialTypeIsRefusedWithItsKind() {
        IdCredentials usernamePassword = mock(IdCredentials.class);
        AzureCertificateNotFoundException e = assertThrows(
                AzureCertificateNotFoundException.class,
                () -> AzureCertificateLookup.checkType("other", usernamePassword));
        assertTrue(e.getMessage().contains("other"), e.getMessage());
        assertTrue(e.getMessage().contains("not an Azure Management Certificate"), e.getMessage());
    }

    @Test
    void plainCertificateCredentialIsRefused() {
        StandardCertificateCredentials plain = mock(StandardCertificateCredentials.class);
        assertThrows(AzureCertificateNotFoundException.class, () -> AzureCertificateLookup.checkType("cert", plain));
    }

    @Test
    void azureCertificateCredentialIsAccepted() throws Exception {
        FakeAzureCredentials azure = new FakeAzureCredentials(
                "azure", CertificateGenerator.forName("lookup").generate(), "pw", null, null);
        assertSame(azure, AzureCertificateLookup.checkType("azure", azure));
    }

    @Test
    void blankIdIsRefusedBeforeAnyLookUp() {
        AzureCertificateNotFoundException e =
                assertThrows(AzureCertificateNotFoundException.class, () -> AzureCertificateLookup.find(" ", null));
        assertTrue(e.getMessage().contains("credentialsId"), e.getMessage());
    }
}
