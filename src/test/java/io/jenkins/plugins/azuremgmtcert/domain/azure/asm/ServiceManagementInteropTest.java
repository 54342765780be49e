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
import java.util.ArrayList;
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

    /** {@code openssl req}: a new RSA-2048 key in {@code key} and a request or, with -x509, a certificate in {@code out}. */
    private static void newRsaKey(String key, String out, String subject, String... options) {
        List<String> args = new ArrayList<>(
                List.of("req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", out, "-subj", subject));
        args.addAll(List.of(options));
        openssl(dir, args.toArray(String[]::new));
    }

    /** Converts the PEM certificate {@code pem} to the DER {@code .cer} Azure takes, with openssl. */
    private static void writeDer(String pem, String cer) {
        openssl(dir, "x509", "-in", pem, "-outform", "DER", "-out", cer);
    }

    @Test
    void authenticatesWithAPasswordFreeLegacyPfxLikeThePortalIssued() throws Exception {
        newRsaKey("portal.key", "portal.pem", "/CN=Windows Azure Tools", "-x509", "-days", "365");
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
        writeDer("portal.pem", "portal.cer");
        azure.uploadCer(SUBSCRIPTION, Files.readAllBytes(dir.resolve("portal.cer")));
        ManagementCertificate certificate =
                CertificateLoader.fromPkcs12(Files.readAllBytes(dir.resolve("portal.pfx")), new char[0], null);

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals(opensslSha1(dir.resolve("portal.cer")), lastThumbprint());
    }

    @Test
    void authenticatesByTheLeafOfACaIssuedCertificate() throws Exception {
        newRsaKey("ca.key", "ca.pem", "/CN=Enterprise CA", "-x509", "-days", "30");
        newRsaKey("leaf.key", "leaf.csr", "/CN=Jenkins management");
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
        writeDer("leaf.pem", "leaf.cer");
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
