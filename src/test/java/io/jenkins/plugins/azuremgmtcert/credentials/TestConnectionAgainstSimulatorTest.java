package io.jenkins.plugins.azuremgmtcert.credentials;

import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.CERTIFICATE;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.PFX_PASSWORD;
import static io.jenkins.plugins.azuremgmtcert.credentials.CredentialFixtures.SUBSCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RefusingProxy;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.io.IOException;
import java.net.ProxySelector;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Test Connection with the real clients: Service Management against its loopback simulator (mutual TLS), Resource
 * Manager against the loopback Entra ID / Resource Manager simulator through the credential's custom endpoints.
 */
class TestConnectionAgainstSimulatorTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String APPLICATION = "0c3a6d4e-1f2b-4c5d-8e9f-a0b1c2d3e4f5";

    private static AzureManagementCertificateCredentialsImpl.DescriptorImpl descriptor(ConnectionSettings settings) {
        AccessControlled admin = () -> ACL.lambda2((authentication, permission) -> true);
        return new AzureManagementCertificateCredentialsImpl.DescriptorImpl(
                new WebMethodAccess(() -> admin, () -> () -> "Jenkins", context -> List.of()),
                new ConnectionTest(new AzureConnectionTester(), () -> settings, Clock.systemUTC()));
    }

    private static ConnectionSettings trusting(KeyStore... simulators) {
        return ConnectionSettings.defaults()
                .withTrustStore(trustStore(simulators))
                .withRequestTimeout(Duration.ofSeconds(10));
    }

    /** Runs Test Connection with the fixture .pfx and the given endpoints, as the form would send them. */
    private static FormValidation test(
            ConnectionSettings settings,
            String serviceManagementUrl,
            String tenant,
            String application,
            String authority,
            String resourceManager) {
        return descriptor(settings)
                .doTestConnection(
                        null,
                        SUBSCRIPTION,
                        "AZURE_PUBLIC",
                        serviceManagementUrl,
                        tenant,
                        application,
                        authority,
                        resourceManager,
                        CredentialFixtures.pfxBase64(PFX_PASSWORD, Pkcs12Encryption.MODERN),
                        PFX_PASSWORD,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        null);
    }

    private static FormValidation test(ServiceManagementSimulator asm) {
        return test(trusting(asm.trustStore()), asm.url().toString(), "", "", "", "");
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

    @Test
    void signsInToResourceManagerAtTheCustomEndpoints() {
        try (ServiceManagementSimulator asm =
                        ServiceManagementSimulator.builder().build();
                EntraSimulator entra = EntraSimulator.start()) {
            asm.addSubscription(SUBSCRIPTION, "Production", "Active");
            asm.uploadCertificate(SUBSCRIPTION, CERTIFICATE.certificate());
            entra.addTenant(TENANT, "contoso.onmicrosoft.com")
                    .registerApplication(TENANT, APPLICATION)
                    .uploadCertificate(TENANT, APPLICATION, CERTIFICATE.certificate())
                    .addSubscription(SUBSCRIPTION, TENANT, "Stack Hub Production", "Enabled")
                    .grantReader(SUBSCRIPTION, APPLICATION);

            FormValidation result = test(
                    trusting(asm.trustStore(), entra.trustStore()),
                    asm.url().toString(),
                    "contoso.onmicrosoft.com",
                    APPLICATION,
                    entra.authorityUrl() + "/",
                    entra.resourceManagerUrl().toString());

            assertEquals(FormValidation.Kind.OK, result.kind, result.renderHtml());
            assertTrue(result.renderHtml().contains("Stack Hub Production"), result.renderHtml());
            assertEquals(1, entra.issuedTokenCount());
        }
    }

    @Test
    void signsInAtThePublicCloudWithoutCustomEndpoints() throws IOException {
        try (EntraSimulator entra = EntraSimulator.start();
                RefusingProxy proxy = RefusingProxy.start(403)) {
            ConnectionSettings throughProxy = trusting(entra.trustStore())
                    .withProxy(ProxySelector.of(proxy.address()), null)
                    .withConnectTimeout(Duration.ofSeconds(5))
                    .withRequestTimeout(Duration.ofSeconds(5));

            FormValidation result = test(throughProxy, "", "contoso.onmicrosoft.com", APPLICATION, "", "");

            assertEquals(FormValidation.Kind.ERROR, result.kind, result.renderHtml());
            List<String> tunnels = proxy.requestLines();
            assertTrue(
                    tunnels.stream().anyMatch(line -> line.startsWith("CONNECT login.microsoftonline.com:443 ")),
                    tunnels::toString);
            assertFalse(tunnels.stream().anyMatch(line -> line.contains("127.0.0.1")), tunnels::toString);
            assertEquals(0, entra.requestCount());
        }
    }

    /** One trust store holding the server certificates of all the given simulators. */
    private static KeyStore trustStore(KeyStore... simulators) {
        try {
            KeyStore merged = KeyStore.getInstance("PKCS12");
            merged.load(null, null);
            int n = 0;
            for (KeyStore simulator : simulators) {
                for (String alias : Collections.list(simulator.aliases())) {
                    merged.setCertificateEntry("simulator-" + n++, simulator.getCertificate(alias));
                }
            }
            return merged;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the simulators' trust store", e);
        }
    }
}
