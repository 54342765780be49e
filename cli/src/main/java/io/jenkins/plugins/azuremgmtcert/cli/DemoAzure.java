package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.UUID;

/**
 * The Azure of the demo and of {@code simulate}: the Service Management simulator and the Entra ID + Resource
 * Manager simulator on loopback, with one subscription ({@value #SUBSCRIPTION_NAME}, two hosted services), a tenant
 * and an application that is granted Reader on the subscription. Both stop on {@link #close()}.
 */
final class DemoAzure implements AutoCloseable {

    static final String SUBSCRIPTION_NAME = "Demo subscription";
    static final String TENANT_DOMAIN = "demo.onmicrosoft.com";

    private final String subscriptionId;
    private final String tenantId;
    private final String clientId;
    private final ServiceManagementSimulator serviceManagement;
    private final EntraSimulator entra;

    private DemoAzure(
            ServiceManagementSimulator serviceManagement,
            EntraSimulator entra,
            String subscriptionId,
            String tenantId,
            String clientId) {
        this.serviceManagement = serviceManagement;
        this.entra = entra;
        this.subscriptionId = subscriptionId;
        this.tenantId = tenantId;
        this.clientId = clientId;
        serviceManagement.addSubscription(subscriptionId, SUBSCRIPTION_NAME, "Active");
        serviceManagement.addHostedService(subscriptionId, "demo-web", "West Europe", "Created");
        serviceManagement.addHostedService(subscriptionId, "demo-worker", "North Europe", "Created");
        entra.addTenant(tenantId, TENANT_DOMAIN);
        entra.registerApplication(tenantId, clientId);
        entra.addSubscription(subscriptionId, tenantId, SUBSCRIPTION_NAME, "Enabled");
        entra.grantReader(subscriptionId, clientId);
    }

    /** Starts both simulators with new random IDs; if the second cannot start, the first is stopped. */
    static DemoAzure start() {
        return start(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    /** Starts both simulators with the given IDs; if the second cannot start, the first is stopped. */
    static DemoAzure start(String subscriptionId, String tenantId, String clientId) {
        ServiceManagementSimulator serviceManagement =
                ServiceManagementSimulator.builder().build();
        try {
            return new DemoAzure(serviceManagement, EntraSimulator.start(), subscriptionId, tenantId, clientId);
        } catch (RuntimeException e) {
            serviceManagement.close();
            throw e;
        }
    }

    String subscriptionId() {
        return subscriptionId;
    }

    String tenantId() {
        return tenantId;
    }

    String clientId() {
        return clientId;
    }

    URI serviceManagementUrl() {
        return serviceManagement.url();
    }

    URI authorityUrl() {
        return entra.authorityUrl();
    }

    URI resourceManagerUrl() {
        return entra.resourceManagerUrl();
    }

    /** "Uploads" a .cer to the subscription's management certificates, as in the Azure portal. */
    void uploadManagementCertificate(byte[] cer) {
        serviceManagement.uploadCer(subscriptionId, cer);
    }

    /** Adds the certificate to the application's "Certificates &amp; secrets". */
    void registerOnApplication(X509Certificate certificate) {
        entra.uploadCertificate(tenantId, clientId, certificate);
    }

    /**
     * Writes the CA certificates of both simulators' trust stores as one PEM file, the {@code --trust-store} of the
     * demo's {@code test} commands: the simulators are trusted like a private endpoint, never by switching checks off.
     */
    Path writeTrustStore(Path file) throws CommandFailure {
        try {
            Files.writeString(file, caCertificatesPem(), StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + " (" + IoProblem.describe(e) + ")", e);
        }
    }

    /** The CA certificates of both simulators' trust stores, PEM, one after the other. */
    String caCertificatesPem() throws CommandFailure {
        StringBuilder pem = new StringBuilder();
        try {
            appendCertificates(serviceManagement.trustStore(), pem);
            appendCertificates(entra.trustStore(), pem);
            return pem.toString();
        } catch (GeneralSecurityException e) {
            throw new CommandFailure(
                    "cannot read the simulators' trust stores (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void appendCertificates(KeyStore store, StringBuilder pem) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            Certificate certificate = store.getCertificate(alias);
            if (certificate instanceof X509Certificate x509) {
                pem.append(CertificateExporter.toPemCertificate(x509));
            }
        }
    }

    @Override
    public void close() {
        try {
            entra.close();
        } finally {
            serviceManagement.close();
        }
    }
}
