package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https_proxy=http://user:password@host:port} in a real process of the tool: {@link Main#main} lets the JDK
 * answer the proxy's Basic challenge for the tunnel (a JVM-wide setting, hence a process of its own), the tunnel
 * reaches the simulator, and the proxy receives exactly the URL's decoded credentials.
 */
class ProxyCredentialsProcessTest {

    @TempDir
    Path dir;

    @Test
    void authenticatesToTheProxyOfHttpsProxyAndTunnelsToAzure() throws Exception {
        ManagementCertificate certificate =
                CertificateGenerator.forName("proxy process").generate();
        Path pfx = Files.write(
                dir.resolve("c.pfx"), CertificateExporter.toPkcs12(certificate, null, Pkcs12Encryption.MODERN));
        String expected =
                "Basic " + Base64.getEncoder().encodeToString("build:p@ss word".getBytes(StandardCharsets.UTF_8));
        try (SimulatedAzure azure = new SimulatedAzure();
                AuthenticatingTunnelProxy proxy = new AuthenticatingTunnelProxy(expected)) {
            azure.classic.uploadCertificate(azure.subscription, certificate.certificate());
            Path trust = azure.writeTrustPem(dir.resolve("trust.pem"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "test",
                    "--subscription",
                    azure.subscription,
                    "--cert",
                    pfx.toString(),
                    "--url",
                    azure.classic.url().toString(),
                    "--trust-store",
                    trust.toString(),
                    "--timeout",
                    "10"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.equalsIgnoreCase("no_proxy"));
            builder.environment().put("https_proxy", "http://build:p%40ss%20word@127.0.0.1:" + proxy.port());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the tool finishes");

            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("Hosted service web (West US, Created)"), output);
            assertEquals(
                    expected, proxy.authorizations().get(proxy.authorizations().size() - 1));
        }
    }
}
