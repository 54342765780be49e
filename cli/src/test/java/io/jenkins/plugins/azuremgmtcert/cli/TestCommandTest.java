package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RefusingProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code test} command against both simulators on loopback. */
class TestCommandTest {

    private static final String PASSWORD = "pfx pass";

    @TempDir
    static Path dir;

    static SimulatedAzure azure;
    static ManagementCertificate known;
    static ManagementCertificate unknown;
    static ManagementCertificate registeredOnlyOnApplication;
    static Path knownPfx;
    static Path unknownPfx;
    static Path applicationPfx;
    static Path trust;

    @BeforeAll
    static void startAzure() throws Exception {
        azure = new SimulatedAzure();
        known = CertificateGenerator.forName("cli test").generate();
        unknown = CertificateGenerator.forName("cli unknown").generate();
        registeredOnlyOnApplication =
                CertificateGenerator.forName("cli app only").generate();
        azure.classic.uploadCertificate(azure.subscription, known.certificate());
        azure.entra.uploadCertificate(azure.tenant, azure.clientId, known.certificate());
        azure.entra.uploadCertificate(azure.tenant, azure.clientId, registeredOnlyOnApplication.certificate());
        knownPfx = Files.write(
                dir.resolve("known.pfx"),
                CertificateExporter.toPkcs12(known, PASSWORD.toCharArray(), Pkcs12Encryption.MODERN));
        unknownPfx = Files.write(
                dir.resolve("unknown.pfx"), CertificateExporter.toPkcs12(unknown, null, Pkcs12Encryption.MODERN));
        applicationPfx = Files.write(
                dir.resolve("application.pfx"),
                CertificateExporter.toPkcs12(registeredOnlyOnApplication, null, Pkcs12Encryption.MODERN));
        trust = azure.writeTrustPem(dir.resolve("trust.pem"));
    }

    @AfterAll
    static void stopAzure() {
        azure.close();
    }

    private final CliRunner cli = new CliRunner().env("PFX_PASSWORD", PASSWORD);

    /**
     * Arguments of {@code test} for the simulated subscription and {@code certificate} against the Service Management
     * simulator, trusting its certificate, followed by {@code more}.
     */
    private static Object[] testArguments(Path certificate, Object... more) {
        Object[] common = {
            "test",
            "--subscription",
            azure.subscription,
            "--cert",
            certificate,
            "--url",
            azure.classic.url(),
            "--trust-store",
            trust
        };
        return concat(common, more);
    }

    /** {@link #testArguments} for the known certificate with its password from {@code PFX_PASSWORD}. */
    private static Object[] knownCertificateArguments(Object... more) {
        return testArguments(knownPfx, concat(new Object[] {"--password-env", "PFX_PASSWORD"}, more));
    }

    /** The options that also sign in to the simulated Entra ID and Resource Manager. */
    private static Object[] resourceManagerOptions() {
        return new Object[] {
            "--tenant",
            azure.tenant,
            "--client-id",
            azure.clientId,
            "--authority",
            azure.entra.authorityUrl(),
            "--resource-manager",
            azure.entra.resourceManagerUrl()
        };
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void connectsAndListsTheHostedServices() {
        CliRunner.Result result = cli.run(knownCertificateArguments());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(
                result.out()
                        .contains("OK:      Certificate CN=Jenkins - cli test, SHA-1 thumbprint "
                                + known.thumbprintSha1()),
                result.out());
        assertTrue(
                result.out()
                        .contains("OK:      Connected to subscription "
                                + "'Test subscription' (Active) through Service Management"),
                result.out());
        assertTrue(result.out().contains("Hosted service web (West US, Created)"), result.out());
        assertTrue(result.out().contains("Hosted service worker (-, Suspended)"), result.out());
        assertEquals("", result.err());
    }

    /** Issue 11.8: authentication worked, so a list too long to read is not a failure. */
    @Test
    void aSubscriptionWithThousandsOfHostedServicesStillConnects() {
        String big = java.util.UUID.randomUUID().toString();
        azure.classic.addSubscription(big, "Many services", "Active");
        azure.classic.uploadCertificate(big, known.certificate());
        for (int i = 0; i < 5000; i++) {
            azure.classic.addHostedService(big, "service-with-a-long-descriptive-name-" + i, "West Europe", "Created");
        }

        CliRunner.Result result = cli.run(
                "test",
                "--subscription",
                big,
                "--cert",
                knownPfx,
                "--password-env",
                "PFX_PASSWORD",
                "--url",
                azure.classic.url(),
                "--trust-store",
                trust);

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(
                result.out()
                        .contains("the list of hosted services was longer than 1024 KiB and was not read to the end"),
                result.out());
    }

    @Test
    void diagnosesACertificateTheSubscriptionDoesNotKnowWithItsThumbprint() {
        CliRunner.Result result = cli.run(testArguments(unknownPfx));

        assertEquals(1, result.exitCode(), result::toString);
        String diagnosis = result.out()
                .lines()
                .filter(line -> line.startsWith("ERROR:"))
                .findFirst()
                .orElseThrow();
        assertTrue(diagnosis.contains("Service Management: "), diagnosis);
        assertTrue(diagnosis.contains("not associated"), diagnosis);
        assertTrue(diagnosis.contains(unknown.thumbprintSha1()), diagnosis);
        assertTrue(result.errorLine().contains("see the diagnosis above"), result.err());
    }

    @Test
    void refusesAMalformedSubscriptionBeforeAnyNetworkRequest() {
        int requestsBefore = azure.classic.requests().size();

        CliRunner.Result result = cli.run(
                "test",
                "--subscription",
                "not-a-guid",
                "--cert",
                knownPfx,
                "--password-env",
                "PFX_PASSWORD",
                "--url",
                azure.classic.url(),
                "--trust-store",
                trust);

        assertEquals(2, result.exitCode(), "a wrong command line, as --help says: " + result);
        assertTrue(result.err().contains("GUID") || result.err().contains("subscription"), result.err());
        assertEquals(requestsBefore, azure.classic.requests().size(), "no request may reach Azure");
        assertEquals("", result.out());
    }

    @Test
    void signsInToResourceManagerAfterServiceManagement() {
        int tokensBefore = azure.entra.issuedTokenCount();

        CliRunner.Result result = cli.run(knownCertificateArguments(resourceManagerOptions()));

        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        int classic = out.indexOf(
                "OK:      Connected to subscription 'Test subscription' (Active) through Service Management");
        int modern = out.indexOf(
                "OK:      Connected to subscription 'Test subscription' (Enabled) through Resource Manager");
        assertTrue(classic > 0 && modern > classic, out);
        assertEquals(tokensBefore + 1, azure.entra.issuedTokenCount());
    }

    @Test
    void succeedsWhenOnlyResourceManagerConnectsAndPrintsBothResults() {
        CliRunner.Result result = cli.run(testArguments(applicationPfx, resourceManagerOptions()));

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("ERROR:   Service Management: "), result.out());
        assertTrue(result.out().contains(registeredOnlyOnApplication.thumbprintSha1()), result.out());
        assertTrue(result.out().contains("(Enabled) through Resource Manager"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void failsWhenNeitherApiConnects() {
        CliRunner.Result result = cli.run(testArguments(unknownPfx, resourceManagerOptions()));

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(
                2,
                result.out().lines().filter(line -> line.startsWith("ERROR:")).count(),
                result.out());
        assertTrue(result.out().contains("ERROR:   Resource Manager: "), result.out());
    }

    @Test
    void doesNotTrustTheSimulatorWithoutItsTrustStore() {
        CliRunner.Result result = cli.run(
                "test",
                "--subscription",
                azure.subscription,
                "--cert",
                knownPfx,
                "--password-env",
                "PFX_PASSWORD",
                "--url",
                azure.classic.url(),
                "--timeout",
                "5");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(
                result.out()
                        .contains("ERROR:   Service Management: The server certificate of 127.0.0.1:"
                                + azure.classic.port() + " is not trusted"),
                result.out());
        assertFalse(result.out().contains("Hosted service"), result.out());
    }

    @Test
    void goesThroughTheProxyOfHttpsProxyAndReportsItsRefusal() throws Exception {
        try (RefusingProxy proxy = RefusingProxy.start(407)) {
            CliRunner.Result result = cli.env(
                            "https_proxy", "http://127.0.0.1:" + proxy.address().getPort())
                    .run(knownCertificateArguments("--timeout", "5"));

            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.out().contains("407"), result.out());
            assertTrue(
                    proxy.requestLines().get(0).startsWith("CONNECT 127.0.0.1:" + azure.classic.port()),
                    proxy.requestLines()::toString);
        }
    }

    @Test
    void connectsDirectlyToHostsInNoProxy() throws Exception {
        try (RefusingProxy proxy = RefusingProxy.start(403)) {
            CliRunner.Result result = cli.env(
                            "HTTPS_PROXY", "127.0.0.1:" + proxy.address().getPort())
                    .env("NO_PROXY", "localhost,127.0.0.1")
                    .run(knownCertificateArguments());

            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(proxy.requestLines().isEmpty(), proxy.requestLines()::toString);
        }
    }

    @Test
    void rejectsAnUnknownCloudNameListingTheKnownOnes() {
        CliRunner.Result result =
                cli.run("test", "--subscription", azure.subscription, "--cert", knownPfx, "--cloud", "germany");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("public, china, usgov"), result.err());
    }

    @Test
    void rejectsCloudAndUrlTogether() {
        CliRunner.Result result = cli.run(
                "test",
                "--subscription",
                azure.subscription,
                "--cert",
                knownPfx,
                "--cloud",
                "CHINA",
                "--url",
                azure.classic.url());

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--cloud or --url"), result.err());
    }

    @Test
    void rejectsATenantWithoutClientId() {
        CliRunner.Result result =
                cli.run("test", "--subscription", azure.subscription, "--cert", knownPfx, "--tenant", azure.tenant);

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--client-id"), result.err());
    }

    @Test
    void rejectsAPlainHttpServiceManagementUrl() {
        CliRunner.Result result = cli.run(
                "test", "--subscription", azure.subscription, "--cert", knownPfx, "--url", "http://127.0.0.1:1");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("https"), result.err());
    }

    @Test
    void reportsAMissingCertificateFile() {
        Path missing = dir.resolve("missing.pfx");

        CliRunner.Result result =
                cli.run("test", "--subscription", azure.subscription, "--cert", missing, "--url", azure.classic.url());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains(missing + " (no such file or directory)"), result.err());
    }

    @Test
    void reportsAWrongPasswordWithoutConnecting() {
        int requestsBefore = azure.classic.requests().size();

        CliRunner.Result result =
                new CliRunner().env("PFX_PASSWORD", "Xyzzy-not-it-42").run(knownCertificateArguments());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().startsWith("error: "), result.err());
        assertFalse(result.err().contains("Xyzzy-not-it-42"), "the password is not echoed");
        assertEquals(requestsBefore, azure.classic.requests().size());
    }
}
