package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.simulator.asm.RefusingProxy;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo end to end, in-process: every step, no secret in the output, nothing left behind. */
class DemoCommandTest {

    /** A 32-character token from the materializer's password alphabet that is not a hex folder name. */
    private static final Pattern PASSWORD_LIKE =
            Pattern.compile("(?<![A-Za-z0-9])(?![0-9a-f]{32}(?![A-Za-z0-9]))" + "[A-Za-z0-9]{32}(?![A-Za-z0-9])");

    static CliRunner.Result result;
    static List<String> proxyRequests;

    /** With a proxy in the environment, which must stay unused: the demo talks to loopback only. */
    @BeforeAll
    static void runDemo() throws Exception {
        try (RefusingProxy proxy = RefusingProxy.start(403)) {
            result = new CliRunner()
                    .env("https_proxy", "http://127.0.0.1:" + proxy.address().getPort())
                    .run("demo");
            proxyRequests = proxy.requestLines();
        }
    }

    @Test
    void everyStepBehavesAsExpected() {
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        String out = result.out();
        String[] headings = {
            "== 1. Generate a management certificate \"Jenkins - demo\"",
            "== 2. Upload the .cer to the subscription",
            "== 3. Test the connection and list the hosted services",
            "== 4. A certificate Azure does not know",
            "== 5. Sign in to Resource Manager with the same certificate",
            "== 6. What a build gets from withAzureCert"
        };
        int previous = -1;
        for (String heading : headings) {
            int at = out.indexOf(heading);
            assertTrue(at > previous, () -> heading + " missing or out of order in\n" + out);
            previous = at;
        }
        assertEquals(
                5, out.lines().filter(line -> line.startsWith("As expected: ")).count(), out);
        assertFalse(out.contains("NOT as expected"), out);
        assertTrue(out.contains("Demo finished: every step behaved as expected."), out);
        assertEquals(List.of(), proxyRequests, "the shell's proxy is not used for the simulators");
    }

    @Test
    void runsTheToolsOwnCommandsAgainstTheSimulators() {
        String out = result.out();
        assertTrue(out.contains("$ azure-mgmt-cert-cli generate --name demo --out $DEMO/jenkins-demo.pfx"), out);
        assertTrue(out.contains("Created CN=Jenkins - demo"), out);
        assertTrue(out.contains("Hosted service demo-web (West Europe, Created)"), out);
        assertTrue(out.contains("not associated with this subscription"), out);
        assertTrue(
                out.contains(
                        "OK:      Connected to subscription 'Demo subscription' (Enabled) through Resource Manager"),
                out);
        assertTrue(out.contains("--trust-store $DEMO/simulators-ca.pem"), "trusts the simulators by their CAs");
    }

    @Test
    void showsTheBuildVariablesWithThePasswordMasked() {
        String out = result.out();
        assertTrue(out.lines().anyMatch(line -> line.matches("  AZURE_CERTIFICATE_PASSWORD +\\*\\*\\*\\*")), out);
        assertTrue(
                out.lines()
                        .anyMatch(line -> line.matches("  AZURE_CERTIFICATE_PFX +\\$DEMO/workspace@tmp/"
                                + "azure-mgmt-cert/[0-9a-f]{32}/certificate\\.pfx")),
                out);
        assertTrue(out.contains("r--------"), "files are shown with their owner-only mode");
        assertTrue(out.contains("opens with $AZURE_CERTIFICATE_PASSWORD and holds the same certificate: yes"), out);
        assertTrue(out.contains("exists: no; left in $DEMO/workspace@tmp/azure-mgmt-cert: 0 entries"), out);
    }

    @Test
    void printsNoPrivateKeyNorPassword() {
        String out = result.out();
        assertFalse(out.contains("PRIVATE KEY"), out);
        assertTrue(PASSWORD_LIKE.matcher("x Qm3kZp8Rt2Lw9Xv4Bn7Hc1Jd6Fg5Sa0T x").find(), "the check finds a password");
        assertFalse(PASSWORD_LIKE.matcher("/3dc9d34b5e41708f10b0384b3047f15e/").find(), "but not a folder name");
        Matcher password = PASSWORD_LIKE.matcher(out);
        assertFalse(password.find(), () -> "looks like a generated password: " + password.group());
    }

    @Test
    void deletesItsFolderAndStopsTheSimulators() throws Exception {
        Matcher folder = Pattern.compile("Files go to \\$DEMO = (\\S+) ").matcher(result.out());
        assertTrue(folder.find(), result.out());
        assertFalse(Files.exists(Path.of(folder.group(1))), folder.group(1) + " must be deleted");
        Matcher port = Pattern.compile("Service Management \\(classic API\\) +https://127\\.0\\.0\\.1:(\\d+)")
                .matcher(result.out());
        assertTrue(port.find(), result.out());
        try (Socket socket = new Socket()) {
            InetSocketAddress simulator = new InetSocketAddress("127.0.0.1", Integer.parseInt(port.group(1)));
            assertThrows(ConnectException.class, () -> socket.connect(simulator, 2000), "simulator stopped");
        }
    }
}
