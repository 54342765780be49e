package io.jenkins.plugins.azuremgmtcert.clients;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateFileSet;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.LocalSecretDirectory;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import io.jenkins.plugins.azuremgmtcert.simulator.entra.EntraSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;

/**
 * Both simulators on loopback, a generated management certificate registered with both (uploaded to the Service
 * Management subscription and to the Entra ID application, which reads the subscription in Resource Manager), and
 * that certificate written for a build exactly as {@code withAzureCert} writes it: the plugin's {@link
 * CertificateFileSet}, {@link CertificateMaterializer} and {@link AzureEnvironmentVariables}. Also writes each
 * simulator's trust anchor as PEM, for clients that take a CA file. Everything lives in {@code folder}.
 */
final class SimulatedAzure implements AutoCloseable {

    static final String TENANT_ID = "8f6d0c2e-5a4b-4c3d-9e1f-2a3b4c5d6e7f";
    static final String CLIENT_ID = "3c9e1a7b-2d4f-4e6a-8b0c-1d2e3f4a5b6c";
    static final String SUBSCRIPTION_ID = "5e7a9c1b-3d5f-4a7b-9c1d-3e5f7a9b1c3d";
    static final String HOSTED_SERVICE = "clients-service";

    private final ServiceManagementSimulator serviceManagement;
    private final EntraSimulator entra;
    private final ManagementCertificate certificate;
    private final MaterializedCertificate files;
    private final AzureEnvironmentVariables variables;
    private final Path serviceManagementCa;
    private final Path entraCa;

    private SimulatedAzure(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
        certificate = CertificateGenerator.forName("clients").generate();
        serviceManagement = ServiceManagementSimulator.builder().build();
        entra = EntraSimulator.start();
        try {
            serviceManagement.addSubscription(SUBSCRIPTION_ID, "Clients Subscription", "Active");
            serviceManagement.uploadCertificate(SUBSCRIPTION_ID, certificate.certificate());
            serviceManagement.addHostedService(SUBSCRIPTION_ID, HOSTED_SERVICE, "West Europe", "Created");
            entra.addTenant(TENANT_ID, "clients.example")
                    .registerApplication(TENANT_ID, CLIENT_ID)
                    .uploadCertificate(TENANT_ID, CLIENT_ID, certificate.certificate())
                    .addSubscription(SUBSCRIPTION_ID, TENANT_ID, "Clients Subscription", "Enabled")
                    .grantReader(SUBSCRIPTION_ID, CLIENT_ID);
            Path workspaceTmp = Files.createDirectories(folder.resolve("workspace@tmp"));
            files = new CertificateMaterializer()
                    .materialize(
                            CertificateFileSet.export(certificate, new SecureRandom()),
                            new LocalSecretDirectory(workspaceTmp));
            AzureAccount account = new AzureAccount(
                    SUBSCRIPTION_ID,
                    serviceManagement.url().toString(),
                    certificate.thumbprintSha1(),
                    TENANT_ID,
                    CLIENT_ID,
                    entra.authorityUrl().toString());
            variables = AzureEnvironmentVariables.of(AzureVariableNames.defaults(), account, files);
            serviceManagementCa = writePem(folder.resolve("service-management-ca.pem"), serviceManagement.trustStore());
            entraCa = writePem(folder.resolve("entra-ca.pem"), entra.trustStore());
        } catch (IOException | InterruptedException | GeneralSecurityException | RuntimeException e) {
            entra.close();
            serviceManagement.close();
            throw e;
        }
    }

    /** Starts the simulators and writes the build's files into {@code folder}. */
    static SimulatedAzure start(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
        return new SimulatedAzure(folder);
    }

    /** Every variable a {@code withAzureCert} block gets, secret ones included. */
    Map<String, String> variables() {
        return Collections.unmodifiableMap(variables.all());
    }

    String variable(String name) {
        String value = variables.all().get(name);
        if (value == null) {
            throw new IllegalStateException("withAzureCert sets no " + name);
        }
        return value;
    }

    ManagementCertificate certificate() {
        return certificate;
    }

    ServiceManagementSimulator serviceManagement() {
        return serviceManagement;
    }

    EntraSimulator entra() {
        return entra;
    }

    /** The Service Management simulator's CA certificate, PEM. */
    Path serviceManagementCa() {
        return serviceManagementCa;
    }

    /** The Entra ID and Resource Manager simulator's (self-signed) server certificate, PEM. */
    Path entraCa() {
        return entraCa;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            files.close();
        } finally {
            entra.close();
            serviceManagement.close();
        }
    }

    private static Path writePem(Path file, KeyStore trustStore) throws IOException, GeneralSecurityException {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (String alias : Collections.list(trustStore.aliases())) {
            Certificate certificate = trustStore.getCertificate(alias);
            pem.append("-----BEGIN CERTIFICATE-----\n")
                    .append(base64.encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return Files.writeString(file, pem);
    }
}
