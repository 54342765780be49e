package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.arm.ClientAssertion;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureAccount;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.CertificateMaterializer;
import io.jenkins.plugins.azuremgmtcert.domain.files.LocalSecretDirectory;
import io.jenkins.plugins.azuremgmtcert.domain.files.MaterializedCertificate;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code simulate} in-process: the env file drives real HTTPS requests to both simulators, trusting only the CA file
 * it names, and everything it wrote is gone after the run.
 */
class SimulateCommandTest {

    private static final String PASSWORD = "pfx pass";
    private static final Pattern EXPORT = Pattern.compile("export ([A-Za-z_][A-Za-z0-9_]*)='([^']*)'");

    @TempDir
    static Path dir;

    static ManagementCertificate certificate;
    static Path pfx;

    @BeforeAll
    static void writeCertificate() throws Exception {
        certificate = CertificateGenerator.forName("simulate test").generate();
        pfx = Files.write(
                dir.resolve("given.pfx"),
                CertificateExporter.toPkcs12(certificate, PASSWORD.toCharArray(), Pkcs12Encryption.MODERN));
    }

    @Test
    void servesTheGivenCertificateThroughTheEnvFileUntilInterrupted() throws Exception {
        String subscription = UUID.randomUUID().toString();
        String tenant = UUID.randomUUID().toString();
        String clientId = UUID.randomUUID().toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread run = new Thread(() -> {
            CommandLine commandLine =
                    new CommandLine(new Main(Map.of("PFX_PASSWORD", PASSWORD)::get, Clock.systemUTC()));
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            exitCode.set(commandLine.execute(
                    "simulate",
                    "--cert",
                    pfx.toString(),
                    "--password-env",
                    "PFX_PASSWORD",
                    "--subscription",
                    subscription,
                    "--tenant",
                    tenant,
                    "--client-id",
                    clientId,
                    "--duration",
                    "120",
                    "--json"));
        });
        run.start();
        Map<String, Object> json = awaitJson(out, err, run);
        try {
            assertEquals(subscription, json.get("subscriptionId"));
            assertEquals(certificate.thumbprintSha1(), ((Map<?, ?>) json.get("certificate")).get("thumbprintSha1"));
            Map<String, String> env = readEnvFile(Path.of((String) json.get("envFile")));

            assertEquals(expectedVariableNames(subscription, tenant, clientId), env.keySet());
            assertEquals(subscription, env.get(AzureVariableNames.SUBSCRIPTION_ID));
            assertEquals(tenant, env.get(AzureVariableNames.TENANT_ID));
            assertEquals(clientId, env.get(AzureVariableNames.CLIENT_ID));
            assertEquals(json.get("serviceManagementUrl"), env.get(AzureVariableNames.SERVICE_MANAGEMENT_URL));
            assertEquals(json.get("authorityUrl"), env.get(AzureVariableNames.AUTHORITY_HOST));
            for (String ca : EnvironmentFile.CA_VARIABLES.keySet()) {
                assertEquals(json.get("caFile"), env.get(ca), ca);
            }
            assertFalse(out.toString().contains(env.get(AzureVariableNames.PASSWORD)), "the password is not printed");

            ManagementCertificate materialised =
                    CertificateLoader.load(Files.readAllBytes(Path.of(env.get(AzureVariableNames.PEM))), null);
            assertEquals(certificate.thumbprintSha1(), materialised.thumbprintSha1());
            HttpClient client = client(Path.of(env.get("CURL_CA_BUNDLE")), materialised);
            listsHostedServices(client, env);
            issuesAToken(client, env, (String) json.get("resourceManagerUrl"), materialised);
        } finally {
            run.interrupt();
            run.join(30_000);
        }
        assertFalse(run.isAlive(), "stops when interrupted");
        assertEquals(0, exitCode.get(), () -> out + "\n" + err);
        for (String written : List.of("envFile", "caFile", "certificateFolder", "folder")) {
            Path path = Path.of((String) json.get(written));
            assertFalse(Files.exists(path), written + " " + path + " must be deleted");
        }
        int port = URI.create((String) json.get("serviceManagementUrl")).getPort();
        try (Socket socket = new Socket()) {
            InetSocketAddress simulator = new InetSocketAddress("127.0.0.1", port);
            assertThrows(ConnectException.class, () -> socket.connect(simulator, 2000), "simulator stopped");
        }
    }

    @Test
    void generatesACertificateAndStopsByItselfAfterTheDuration() {
        CliRunner.Result result = new CliRunner().run("simulate", "--duration", "1");
        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.contains("Simulators of Azure on 127.0.0.1, for 1 seconds:"), out);
        assertTrue(out.contains("CN=Jenkins - simulate, SHA-1 thumbprint "), out);
        assertTrue(out.contains("(generated)"), out);
        assertTrue(out.contains("  " + SimulationReport.CURL_EXAMPLE), out);
        assertFalse(out.contains("PRIVATE KEY"), out);
        Matcher folder = Pattern.compile("Stopped the simulators and deleted (\\S+)\\.\\n")
                .matcher(out);
        assertTrue(folder.find(), out);
        assertTrue(out.contains("  source " + folder.group(1) + "/env"), out);
        assertFalse(Files.exists(Path.of(folder.group(1))), folder.group(1) + " must be deleted");
    }

    @Test
    void rejectsAnIdThatIsNotAGuid() {
        CliRunner.Result result = new CliRunner().run("simulate", "--tenant", "contoso", "--duration", "1");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--tenant must be a GUID"), result.err());
    }

    @Test
    void rejectsANegativeDuration() {
        CliRunner.Result result = new CliRunner().run("simulate", "--duration", "-1");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--duration must be 0"), result.err());
    }

    /** What withAzureCert sets for such an account, by the step's own classes, and the CA variables. */
    private static Set<String> expectedVariableNames(String subscription, String tenant, String clientId)
            throws Exception {
        Path parent = Files.createDirectories(dir.resolve("expected"));
        try (MaterializedCertificate files =
                new CertificateMaterializer().materialize(certificate, new LocalSecretDirectory(parent))) {
            AzureAccount account = new AzureAccount(
                    subscription,
                    "https://127.0.0.1:1",
                    certificate.thumbprintSha1(),
                    tenant,
                    clientId,
                    "https://127.0.0.1:2");
            Set<String> names =
                    new LinkedHashSet<>(AzureEnvironmentVariables.of(AzureVariableNames.defaults(), account, files)
                            .all()
                            .keySet());
            names.addAll(EnvironmentFile.CA_VARIABLES.keySet());
            return names;
        }
    }

    private static Map<String, Object> awaitJson(StringWriter out, StringWriter err, Thread run)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && run.isAlive()) {
            String text = out.toString();
            if (text.endsWith("}\n")) {
                return MiniJson.object(text);
            }
            Thread.sleep(50);
        }
        run.interrupt();
        throw new AssertionError("no JSON from simulate; out: " + out + "\nerr: " + err);
    }

    private static Map<String, String> readEnvFile(Path file) throws Exception {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher export = EXPORT.matcher(line);
            assertTrue(export.matches(), () -> "not an export line: " + line);
            assertEquals(null, variables.put(export.group(1), export.group(2)), line);
        }
        return variables;
    }

    /** A client trusting the CA file only, presenting the materialised certificate. */
    private static HttpClient client(Path caFile, ManagementCertificate clientCertificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(caFile)) {
            int i = 0;
            for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trust.setCertificateEntry("ca" + i++, ca);
            }
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] keyPassword = "in-memory".toCharArray();
        keys.setKeyEntry("client", clientCertificate.privateKey(), keyPassword, new X509Certificate[] {
            clientCertificate.certificate()
        });
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, keyPassword);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(context)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    private static void listsHostedServices(HttpClient client, Map<String, String> env) throws Exception {
        URI uri = URI.create(env.get(AzureVariableNames.SERVICE_MANAGEMENT_URL) + "/"
                + env.get(AzureVariableNames.SUBSCRIPTION_ID) + "/services/hostedservices");
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri).header("x-ms-version", "2014-06-01").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("<ServiceName>demo-web</ServiceName>"), response.body());
        assertTrue(response.body().contains("<ServiceName>demo-worker</ServiceName>"), response.body());
    }

    private static void issuesAToken(
            HttpClient client, Map<String, String> env, String resourceManager, ManagementCertificate signer)
            throws Exception {
        String clientId = env.get(AzureVariableNames.CLIENT_ID);
        URI tokenUrl = URI.create(env.get(AzureVariableNames.AUTHORITY_HOST) + "/"
                + env.get(AzureVariableNames.TENANT_ID) + "/oauth2/v2.0/token");
        ClientAssertion assertion = ClientAssertion.create(signer, clientId, tokenUrl, Clock.systemUTC());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion.compact());
        form.put("scope", resourceManager + "/.default");
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(tokenUrl)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("\"access_token\""), response.body());
    }
}
