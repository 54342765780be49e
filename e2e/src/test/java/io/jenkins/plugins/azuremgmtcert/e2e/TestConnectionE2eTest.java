package io.jenkins.plugins.azuremgmtcert.e2e;

import static io.jenkins.plugins.azuremgmtcert.e2e.SystemStoreCredentialE2eTest.SYSTEM_DOMAIN;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.simulator.asm.Fault;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.Operation;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test Connection in the real dialog, as an administrator, against the simulators: each answer Azure can give is shown
 * on screen with the plugin's exact diagnosis, before anything is saved.
 */
@ExtendWith(E2e.class)
class TestConnectionE2eTest {
    private static final String PASSWORD = "Test-connection-pfx";

    private E2e e2e;

    @AfterEach
    void dropUnusedFaults() {
        if (e2e != null) {
            e2e.serviceManagement().clearFaults();
        }
    }

    @Test
    void serviceManagementAnswersAreDiagnosedOnScreen(E2e e2e) throws Exception {
        this.e2e = e2e;
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E test connection");
        Path pfx = Openssl.pkcs12(pair, "test-connection.pfx", PASSWORD);
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String subscription = Simulators.newSubscription(e2e, "Test connection subscription");
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .uploadPfx(pfx, PASSWORD);
            dialog.messageUnder("_.keyStore", thumbprint);

            // the .cer is not uploaded to the subscription yet: Azure refuses it, and the diagnosis names the
            // thumbprint
            String notUploaded = dialog.testConnection();
            assertTrue(
                    notUploaded.contains("Azure refused the management certificate for subscription " + subscription
                            + " (ForbiddenError): the certificate is not associated with this subscription. Upload the"
                            + " .cer with thumbprint " + thumbprint
                            + " under Subscriptions → Management certificates in the Azure portal"),
                    notUploaded);
            browser.screenshot("test-connection-not-uploaded");

            // uploaded: connected, with the subscription's name, state and hosted service
            e2e.serviceManagement().uploadCer(subscription, CredentialSourcesE2eTest.der(pair));
            String connected = dialog.testConnection();
            assertTrue(
                    connected.contains("Connected to subscription 'Test connection subscription' (Active) through"
                            + " Service Management: 1 hosted service"),
                    connected);
            assertTrue(connected.contains("Hosted service web-frontend (West Europe, Created)"), connected);
            assertFalse(connected.contains(PASSWORD), "the password is on screen");

            // a subscription this certificate is not associated with (Azure says 403 ForbiddenError for both)
            String unknown = UUID.randomUUID().toString();
            dialog.subscription(unknown);
            String wrongSubscription = dialog.testConnection();
            assertTrue(
                    wrongSubscription.contains("Azure refused the management certificate for subscription " + unknown
                            + " (ForbiddenError)"),
                    wrongSubscription);
            assertTrue(wrongSubscription.contains("and check the subscription ID"), wrongSubscription);

            // a subscription Service Management does not know at all
            dialog.subscription(subscription);
            e2e.serviceManagement()
                    .injectFault(
                            Operation.GET_SUBSCRIPTION,
                            Fault.error(404, "ResourceNotFound", "The specified resource does not exist."));
            String notFound = dialog.testConnection();
            assertTrue(
                    notFound.contains("Service Management does not know subscription " + subscription
                            + " (ResourceNotFound). Check the subscription ID and the cloud"),
                    notFound);

            // a disabled subscription
            e2e.serviceManagement().setSubscriptionStatus(subscription, "Disabled");
            String disabled = dialog.testConnection();
            e2e.serviceManagement().setSubscriptionStatus(subscription, "Active");
            assertTrue(
                    disabled.contains("Subscription " + subscription + " is disabled (SubscriptionDisabled)."),
                    disabled);

            // a custom endpoint that answers as no Service Management endpoint does (an HTML 404): only that it is
            // not one, nothing of what the server said (Test Connection is no probe of other servers)
            e2e.serviceManagement().injectFault(Operation.GET_SUBSCRIPTION, Fault.retiredHtml404());
            String foreign = dialog.testConnection();
            assertTrue(foreign.contains("127.0.0.1 is not an Azure Service Management endpoint."), foreign);
        }
    }

    @Test
    void theRetiredServiceManagementApiIsExplainedAtAzuresOwnUrl(E2e e2e) throws Exception {
        this.e2e = e2e;
        ServiceManagementSimulator azure = e2e.publicCloud();
        Assumptions.assumeTrue(azure != null, "no simulator at Azure's own URL (port 443 needs root)");
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E retired API");
        Path pfx = Openssl.pkcs12(pair, "retired.pfx", PASSWORD);
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String subscription = UUID.randomUUID().toString();
        azure.addSubscription(subscription, "Classic subscription", "Active");
        azure.uploadCer(subscription, CredentialSourcesE2eTest.der(pair));
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            // the public cloud, no custom URL: https://management.core.windows.net as every classic user had it
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .uploadPfx(pfx, PASSWORD);
            dialog.messageUnder("_.keyStore", thumbprint);
            String connected = dialog.testConnection();
            assertTrue(connected.contains("Connected to subscription 'Classic subscription' (Active)"), connected);

            // since 31 August 2024 the endpoint answers with an HTML 404
            azure.injectFault(Operation.GET_SUBSCRIPTION, Fault.retiredHtml404());
            String retired = dialog.testConnection();
            assertTrue(
                    retired.contains("answered with HTTP 404 and an HTML page, not with Service Management XML."
                            + " Azure retired the Service Management API (and with it management certificates) on 31 August"
                            + " 2024"),
                    retired);
            assertTrue(retired.contains("upload this certificate (thumbprint " + thumbprint + ")"), retired);
            browser.screenshot("test-connection-retired");
        } finally {
            azure.clearFaults();
        }
    }

    @Test
    void resourceManagerSignInWithTheCertificateAgainstEntra(E2e e2e) throws Exception {
        this.e2e = e2e;
        Openssl.KeyPair pair = Openssl.selfSigned(e2e.work(), "E2E Resource Manager");
        Path pfx = Openssl.pkcs12(pair, "resource-manager.pfx", PASSWORD);
        String thumbprint = Openssl.sha1FingerprintOfPem(pair.certificate());
        String subscription = Simulators.newSubscription(e2e, "Resource Manager subscription");
        e2e.serviceManagement().uploadCer(subscription, CredentialSourcesE2eTest.der(pair));
        String tenant = UUID.randomUUID().toString();
        String application = UUID.randomUUID().toString();
        java.security.cert.X509Certificate certificate =
                (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(CredentialSourcesE2eTest.der(pair)));
        e2e.entra()
                .addTenant(tenant)
                .registerApplication(tenant, application)
                .addSubscription(subscription, tenant, "Resource Manager subscription", "Enabled")
                .grantReader(subscription, application);
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            CredentialDialog dialog = CredentialDialog.add(browser, SYSTEM_DOMAIN)
                    .subscription(subscription)
                    .serviceManagementUrl(e2e.serviceManagement().url().toString())
                    .uploadPfx(pfx, PASSWORD)
                    .tenant(tenant)
                    .application(application)
                    .resourceManagerEndpoints(
                            e2e.entra().authorityUrl().toString(),
                            e2e.entra().resourceManagerUrl().toString());
            dialog.messageUnder("_.keyStore", thumbprint);

            // the certificate is not yet on the app registration: Entra refuses it and names the thumbprint
            String notRegistered = dialog.testConnection();
            assertTrue(
                    notRegistered.contains(
                            "Microsoft Entra ID does not accept this certificate for application " + application),
                    notRegistered);
            assertTrue(notRegistered.contains("Upload the .cer with thumbprint " + thumbprint), notRegistered);

            e2e.entra().uploadCertificate(tenant, application, certificate);
            String connected = dialog.testConnection();
            assertTrue(
                    connected.contains("Connected to subscription 'Resource Manager subscription' (Enabled) through"
                            + " Resource Manager"),
                    connected);
            assertTrue(
                    connected.contains("Connected to subscription 'Resource Manager subscription' (Active) through"
                            + " Service Management"),
                    connected);
            browser.screenshot("test-connection-resource-manager");
        }
    }
}
