package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import java.net.URI;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11.4: the tool's messages name its options, not the Jenkins form. */
class CliWordingTest {

    @Test
    void aPasswordProtectedFileWithoutPasswordNamesTheOptions(@TempDir Path dir) throws Exception {
        Path pfx = dir.resolve("protected.pfx");
        CliRunner.Result generated = new CliRunner()
                .env("PW", "secret-password")
                .run("generate", "--name", "wording", "--out", pfx, "--out-password-env", "PW");
        assertEquals(0, generated.exitCode(), generated::toString);

        CliRunner.Result result = new CliRunner().run("inspect", pfx);

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.errorLine().contains("--password-env VAR or --password-file FILE"), result::toString);
        assertFalse(result.err().contains("Enter the password"), result::toString);
    }

    @Test
    void anUntrustedServerPointsAtTheTrustStoreOption() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new java.security.cert.CertPathBuilderException("unable to find valid certification path"));
        ConnectionResult untrusted = new TransportFailureClassifier(ConnectionSettings.defaults())
                .classify(handshake, URI.create("https://management.core.windows.net/sub"));
        String worded = CliWording.of(untrusted.message());

        assertTrue(worded.contains("pass its CA certificate with --trust-store FILE"), worded);
        assertFalse(worded.contains("restart"), worded);
    }

    @Test
    void unknownMessagesPassUnchanged() {
        assertEquals("something else", CliWording.of("something else"));
        assertEquals(null, CliWording.of(null));
    }
}
