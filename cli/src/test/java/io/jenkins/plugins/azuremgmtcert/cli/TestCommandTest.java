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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code test} command against both simulators on loopback. */
class TestCommandTest {

    private static final String PASSWORD = "pfx pass";
    private static final String NEXT_PASSWORD = "next pfx pass";

    @TempDir
    static Path dir;

    static SimulatedAzure azure;
    static ManagementCertificate known;
    static ManagementCertificate unknown;
    static ManagementCertificate registeredOnlyOnApplication;
    static ManagementCertificate next;
    static Path nextPfx;
    static Path nextPfxOwnPassword;
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
        next = CertificateGenerator.forName("cli next").generate();
        azure.classic.uploadCertificate(azure.subscription, next.certificate());
        nextPfx = Files.write(
                dir.resolve("next.pfx"),
                CertificateExporter.toPkcs12(next, PASSWORD.toCharArray(), Pkcs12Encryption.MODERN));
        nextPfxOwnPassword = Files.write(
                dir.resolve("next-own-password.pfx"),
                CertificateExporter.toPkcs12(next, NEXT_PASSWORD.toCharArray(), Pkcs12Encryption.MODERN));
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

    // Roll-over (issue 13.5): several --cert, each tested in turn and labelled.

    /** {@code test} for the simulated subscription against Service Management, without any --cert. */
    private static Object[] rollOverArguments(Object... more) {
        Object[] common = {
            "test", "--subscription", azure.subscription, "--url", azure.classic.url(), "--trust-store", trust
        };
        return concat(common, more);
    }

    @Test
    void rollOverNamesTheNextCertificateAsNotUploaded() {
        CliRunner.Result result = cli.env("NO_PASSWORD", "")
                .run(rollOverArguments(
                        "--cert",
                        knownPfx,
                        "--cert",
                        unknownPfx,
                        "--password-env",
                        "PFX_PASSWORD",
                        "--password-env",
                        "NO_PASSWORD"));

        assertEquals(1, result.exitCode(), "the exit status of the second certificate alone: " + result);
        String out = result.out();
        int first = out.indexOf("Certificate 1 of 2 (" + knownPfx + "):\n");
        int second = out.indexOf("\nCertificate 2 of 2 (" + unknownPfx + "):\n");
        int summary = out.indexOf("\nSummary:\n");
        assertTrue(first == 0 && second > first && summary > second, out);
        String secondBlock = out.substring(second, summary);
        assertTrue(secondBlock.contains("OK:      Certificate CN=Jenkins - cli unknown"), secondBlock);
        assertTrue(secondBlock.contains("ERROR:   Service Management: "), secondBlock);
        assertTrue(secondBlock.contains("not associated"), secondBlock);
        assertTrue(out.substring(first, second).contains("through Service Management"), out.substring(first, second));
        assertTrue(
                out.contains("OK:      Certificate 1 of 2 (" + knownPfx + "): connected, CN=Jenkins - cli test, "
                        + "SHA-1 thumbprint " + known.thumbprintSha1() + ", valid until "),
                out);
        assertTrue(
                out.contains("ERROR:   Certificate 2 of 2 (" + unknownPfx + "): not connected, CN=Jenkins - cli "
                        + "unknown, SHA-1 thumbprint " + unknown.thumbprintSha1() + ", valid until "),
                out);
        assertEquals(
                "error: 1 of 2 certificates could not connect to Azure (certificate 2 of 2 (" + unknownPfx
                        + ")); see the diagnosis above",
                result.errorLine());
    }

    @Test
    void rollOverSucceedsWhenBothCertificatesConnectWithOnePasswordForBoth() {
        CliRunner.Result result = cli.run(rollOverArguments(
                "--cert", knownPfx, "--cert", nextPfx, "--password-env", "PFX_PASSWORD", "--timeout", "10"));

        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.startsWith("Certificate 1 of 2 (" + knownPfx + "):\n"), out);
        assertTrue(out.contains("\nCertificate 2 of 2 (" + nextPfx + "):\n"), out);
        assertEquals(
                2,
                out.lines()
                        .filter(line -> line.startsWith("OK:      Connected to subscription 'Test subscription'"))
                        .count(),
                out);
        assertTrue(
                out.contains("OK:      Certificate 1 of 2 (" + knownPfx + "): connected, CN=Jenkins - cli test"), out);
        assertTrue(
                out.contains("OK:      Certificate 2 of 2 (" + nextPfx + "): connected, CN=Jenkins - cli next, "
                        + "SHA-1 thumbprint " + next.thumbprintSha1()),
                out);
        assertFalse(out.contains("ERROR"), out);
        assertEquals("", result.err());
    }

    @Test
    void rollOverMatchesPasswordOptionsToCertificatesInOrderAcrossBothKinds() throws Exception {
        Path knownPassword = Files.writeString(dir.resolve("known-password.txt"), PASSWORD + "\n");

        CliRunner.Result result = cli.env("NEXT_PASSWORD", NEXT_PASSWORD)
                .run(rollOverArguments(
                        "--cert",
                        nextPfxOwnPassword,
                        "--password-env",
                        "NEXT_PASSWORD",
                        "--cert",
                        knownPfx,
                        "--password-file",
                        knownPassword));

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Certificate 1 of 2 (" + nextPfxOwnPassword + "): connected"), result.out());
        assertTrue(result.out().contains("Certificate 2 of 2 (" + knownPfx + "): connected"), result.out());
    }

    @Test
    void rollOverRefusesTwoPasswordsForThreeCertificatesBeforeReadingAnything() {
        int requestsBefore = azure.classic.requests().size();

        CliRunner.Result result = cli.run(rollOverArguments(
                "--cert",
                knownPfx,
                "--cert",
                nextPfx,
                "--cert",
                unknownPfx,
                "--password-env",
                "PFX_PASSWORD",
                "--password-file",
                dir.resolve("no-such-password-file")));

        assertEquals(2, result.exitCode(), result::toString);
        List<String> lines = result.err().lines().toList();
        assertEquals(2, lines.size(), result.err());
        assertEquals(
                "error: 3 certificates (--cert) but 2 passwords (--password-env, --password-file): give one "
                        + "password option for all, or one per --cert in the same order.",
                lines.get(0));
        assertEquals("Run 'azure-mgmt-cert-cli test --help' for its options.", lines.get(1));
        assertEquals("", result.out());
        assertEquals(requestsBefore, azure.classic.requests().size(), "no request may reach Azure");
    }

    @Test
    void rollOverReadsEveryCertificateBeforeTestingAnyAndNamesTheOneThatFails() {
        int requestsBefore = azure.classic.requests().size();

        CliRunner.Result result = cli.env("WRONG", "Xyzzy-not-it-42")
                .run(rollOverArguments(
                        "--cert",
                        knownPfx,
                        "--cert",
                        nextPfx,
                        "--password-env",
                        "PFX_PASSWORD",
                        "--password-env",
                        "WRONG"));

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().startsWith("error: certificate 2 of 2 (" + nextPfx + "): "), result.err());
        assertFalse(result.err().contains("Xyzzy-not-it-42"), "the password is not echoed");
        assertEquals("", result.out());
        assertEquals(requestsBefore, azure.classic.requests().size(), "no request may reach Azure");
    }

    @Test
    void oneCertificatePrintsNeitherHeadingNorSummary() {
        CliRunner.Result result = cli.run(knownCertificateArguments());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("OK:      Certificate CN=Jenkins - cli test, "), result.out());
        assertFalse(result.out().contains("1 of 1"), result.out());
        assertFalse(result.out().contains("Summary"), result.out());
        assertTrue(result.out().lines().allMatch(line -> line.startsWith("OK:      ")), result.out());
    }

    @Test
    void oneCertificateStillRefusesBothPasswordKinds() throws Exception {
        Path password = Files.writeString(dir.resolve("password.txt"), PASSWORD);

        CliRunner.Result result = cli.run(knownCertificateArguments("--password-file", password));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(
                result.err().startsWith("error: Use either --password-env or --password-file, not both."),
                result.err());
    }

    @Test
    void stillRefusesAPasswordOnTheCommandLine() {
        CliRunner.Result result = cli.run(testArguments(knownPfx, "--password", "secret-on-argv"));

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not accepted on the command line"), result.err());
        assertFalse(result.err().contains("secret-on-argv"), result.err());
    }
}
