package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.UUID;

/** Both simulators for the {@code test} command's tests, with one subscription, tenant and application. */
final class SimulatedAzure implements AutoCloseable {

    final String subscription = UUID.randomUUID().toString();
    final String tenant = UUID.randomUUID().toString();
    final String clientId = UUID.randomUUID().toString();
    final ServiceManagementSimulator classic =
            ServiceManagementSimulator.builder().build();
    final EntraSimulator entra = EntraSimulator.start();

    SimulatedAzure() {
        classic.addSubscription(subscription, "Test subscription", "Active");
        classic.addHostedService(subscription, "web", "West US", "Created");
        classic.addHostedService(subscription, "worker", null, "Suspended");
        entra.addTenant(tenant, "test.onmicrosoft.com");
        entra.registerApplication(tenant, clientId);
        entra.addSubscription(subscription, tenant, "Test subscription", "Enabled");
        entra.grantReader(subscription, clientId);
    }

    /** Writes the CA certificates of both simulators as one PEM file. */
    Path writeTrustPem(Path file) throws Exception {
        StringBuilder pem = new StringBuilder();
        for (KeyStore store : new KeyStore[] {classic.trustStore(), entra.trustStore()}) {
            for (String alias : Collections.list(store.aliases())) {
                pem.append(CertificateExporter.toPemCertificate((X509Certificate) store.getCertificate(alias)));
            }
        }
        return Files.writeString(file, pem);
    }

    @Override
    public void close() {
        entra.close();
        classic.close();
    }
}
