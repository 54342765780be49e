package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated and randomly damaged PKCS#12 and PEM input (fixed seed) either loads or ends in a
 * {@link ManagementCertificateException}, never in another exception.
 */
class CertificateLoaderFuzzTest {

    private static final char[] PASSWORD = "fuzz".toCharArray();
    private static final int MUTATIONS = 100;
    private static final int TRUNCATIONS = 30;

    @Test
    void damagedPkcs12NeverEscapesAsAnotherException() {
        ManagementCertificate certificate = TestCertificates.shared();
        fuzz("modern", CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.MODERN), 1);
        fuzz("legacy", CertificateExporter.toPkcs12(certificate, PASSWORD, Pkcs12Encryption.LEGACY), 2);
        fuzz("password-free", CertificateExporter.toPkcs12(certificate, null, Pkcs12Encryption.MODERN), 3);
    }

    @Test
    void damagedOpenSslLegacyPkcs12NeverEscapesAsAnotherException(@TempDir Path dir) {
        byte[] legacy = OpenSslFixtures.createIn(dir)
                .pkcs12("legacy.p12", "fuzz", "-legacy", "-in", "cert.pem", "-inkey", "key.pem");
        fuzz("openssl legacy", legacy, 5);
    }

    @Test
    void damagedPemNeverEscapesAsAnotherException() {
        fuzz("pem", CertificateExporter.toPem(TestCertificates.shared()).getBytes(StandardCharsets.US_ASCII), 4);
    }

    /** Fails unless every damaged input ends in a domain error or loads, and at least one was refused. */
    private static void fuzz(String label, byte[] original, long seed) {
        Random random = new Random(seed);
        int refused = 0;
        for (int i = 1; i <= TRUNCATIONS; i++) {
            refused += attempt(label + " truncated", Arrays.copyOf(original, original.length * i / (TRUNCATIONS + 1)));
        }
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = original.clone();
            int changes = 1 + random.nextInt(4);
            for (int c = 0; c < changes; c++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            refused += attempt(label + " mutation " + i, mutated);
        }
        assertTrue(refused > 0, label + ": no damaged input was refused, so the loader was not exercised");
    }

    /** 1 if the input was refused with a domain error (what damaged input should produce), 0 if it loaded. */
    private static int attempt(String label, byte[] input) {
        try {
            CertificateLoader.load(input, PASSWORD);
            return 0;
        } catch (ManagementCertificateException expected) {
            return 1;
        } catch (RuntimeException | Error e) {
            return fail(label + " escaped as " + e, e);
        }
    }
}
