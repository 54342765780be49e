package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Test Connection with the real Service Management client against the loopback simulator (mutual TLS). */
class TestConnectionAgainstSimulatorTest {

    private static AzureManagementCertificateCredentialsImpl.DescriptorImpl descriptor(ServiceManagementSimulator asm) {
        AccessControlled admin = () -> ACL.lambda2((authentication, permission) -> true);
        ConnectionSettings settings = ConnectionSettings.defaults()
                .withTrustStore(asm.trustStore())
                .withRequestTimeout(Duration.ofSeconds(10));
        return new AzureManagementCertificateCredentialsImpl.DescriptorImpl(
                new WebMethodAccess(() -> admin, () -> () -> "Jenkins", context -> List.of()),
                new ConnectionTest(new AzureConnectionTester(), () -> settings, Clock.systemUTC()));
    }

    private static FormValidation test(ServiceManagementSimulator asm) {
        return descriptor(asm)
                .doTestConnection(
                        null,
                        SUBSCRIPTION,
                        "AZURE_PUBLIC",
                        asm.url().toString(),
                        "",
                        "",
                        CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN),
                        PFX_PASSWORD,
                        "",
                        "",
                        "",
                        "",
                        "");
    }

    @Test
    void listsHostedServicesWhenTheCertificateIsUploaded() {
        try (ServiceManagementSimulator asm =
                ServiceManagementSimulator.builder().build()) {
            asm.addSubscription(SUBSCRIPTION, "Production", "Active");
            asm.uploadCertificate(SUBSCRIPTION, CERTIFICATE.certificate());
            asm.addHostedService(SUBSCRIPTION, "web-frontend", "West Europe", "Created");

            FormValidation result = test(asm);

            assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
            assertTrue(result.renderHtml().contains("web-frontend"), result.renderHtml());
            assertTrue(result.renderHtml().contains("Production"), result.renderHtml());
        }
    }

    @Test
    void explainsThatTheCertificateIsNotUploadedWithItsThumbprint() {
        try (ServiceManagementSimulator asm =
                ServiceManagementSimulator.builder().build()) {
            asm.addSubscription(SUBSCRIPTION, "Production", "Active");

            FormValidation result = test(asm);

            assertEquals(FormValidation.Kind.ERROR, result.kind, result.renderHtml());
            assertTrue(result.renderHtml().contains(CERTIFICATE.thumbprintSha1()), result.renderHtml());
        }
    }
}
