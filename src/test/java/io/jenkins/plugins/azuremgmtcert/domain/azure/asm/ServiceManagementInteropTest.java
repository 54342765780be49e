package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RecordedRequest;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way a user goes, with files from OpenSSL and from our exporter: the {@code .cer} "uploaded" to the
 * subscription, the {@code .pfx} (a password-free legacy one like the Azure portal's, or one with a CA chain) loaded,
 * and the connection test authenticating by the leaf certificate's thumbprint over mutual TLS.
 */
class ServiceManagementInteropTest {

    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    @TempDir
    static Path dir;

    private static ServiceManagementSimulator azure;
    private static ServiceManagementClient client;

    @BeforeAll
    static void start() {
        azure = ServiceManagementSimulator.builder().build();
        azure.addSubscription(SUBSCRIPTION, "Pay-As-You-Go", "Active");
        azure.addHostedService(SUBSCRIPTION, "myservice", "West US", "Created");
        client = new ServiceManagementClient(ConnectionSettings.defaults().withTrustStore(azure.trustStore()));
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    private static String lastThumbprint() {
        List<RecordedRequest> requests = azure.requests();
        return requests.get(requests.size() - 1).clientThumbprint();
    }

    private static String opensslSha1(Path cer) {
        String output =
                openssl(dir, "x509", "-in", cer.toString(), "-inform", "DER", "-noout", "-fingerprint", "-sha1");
        return output.substring(output.indexOf('=') + 1).strip().replace(":", "");
    }

    @Test
    void authenticatesWithAPasswordFreeLegacyPfxLikeThePortalIssued() throws Exception {
        openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "portal.key",
                "-out",
                "portal.pem",
                "-days",
                "365",
                "-subj",
                "/CN=Windows Azure Tools");
        openssl(
                dir,
                "pkcs12",
                "-export",
                "-legacy",
                "-inkey",
                "portal.key",
                "-in",
                "portal.pem",
                "-passout",
                "pass:",
                "-out",
                "portal.pfx");
        openssl(dir, "x509", "-in", "portal.pem", "-outform", "DER", "-out", "portal.cer");
        azure.uploadCer(SUBSCRIPTION, Files.readAllBytes(dir.resolve("portal.cer")));
        ManagementCertificate certificate =
                CertificateLoader.fromPkcs12(Files.readAllBytes(dir.resolve("portal.pfx")), new char[0], null);

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals(opensslSha1(dir.resolve("portal.cer")), lastThumbprint());
    }

    @Test
    void authenticatesByTheLeafOfACaIssuedCertificate() throws Exception {
        openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "30",
                "-subj",
                "/CN=Enterprise CA");
        openssl(
                dir,
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "leaf.key",
                "-out",
                "leaf.csr",
                "-subj",
                "/CN=Jenkins management");
        openssl(
                dir,
                "x509",
                "-req",
                "-in",
                "leaf.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "30",
                "-out",
                "leaf.pem");
        openssl(
                dir,
                "pkcs12",
                "-export",
                "-inkey",
                "leaf.key",
                "-in",
                "leaf.pem",
                "-certfile",
                "ca.pem",
                "-passout",
                "pass:changeit",
                "-out",
                "chain.pfx");
        openssl(dir, "x509", "-in", "leaf.pem", "-outform", "DER", "-out", "leaf.cer");
        azure.uploadCer(SUBSCRIPTION, Files.readAllBytes(dir.resolve("leaf.cer")));
        ManagementCertificate certificate = CertificateLoader.fromPkcs12(
                Files.readAllBytes(dir.resolve("chain.pfx")), "changeit".toCharArray(), null);

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertEquals(2, certificate.chain().size());
        assertTrue(result.isSuccess(), result::toString);
        assertEquals(opensslSha1(dir.resolve("leaf.cer")), lastThumbprint());
    }

    @Test
    void authenticatesWithAGeneratedCertificateWhoseExportedCerWasUploaded() throws Exception {
        ManagementCertificate generated =
                CertificateGenerator.forName("interop").generate();
        Path cer = Files.write(dir.resolve("generated.cer"), CertificateExporter.toCer(generated.certificate()));
        azure.uploadCer(SUBSCRIPTION, Files.readAllBytes(cer));

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, generated);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals(
                List.of("myservice"),
                result.hostedServices().stream().map(s -> s.name()).toList());
        assertEquals(opensslSha1(cer), generated.thumbprintSha1());
        assertEquals(generated.thumbprintSha1(), lastThumbprint());
    }
}
