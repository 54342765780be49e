package io.jenkins.plugins.azuremgmtcert.domain.files;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's {@code .pfx} in both formats, read back by this plugin's reader, the JDK and {@code openssl} (OpenSSL 3
 * with its default provider: PBE-SHA1-3DES and its PKCS#12 key derivation are in the default provider, so the legacy
 * file opens with and without {@code -legacy}; only RC2 and single DES need the legacy provider).
 */
class CertificateFileSetTest {

    private static final String PASSWORD_VARIABLE = "PFX_PASSWORD";

    private static ManagementCertificate certificate;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateOnce() {
        certificate = CertificateGenerator.forName("file set test").generate();
    }

    @Test
    void defaultPfxIsTripleDesWithSha1MacForEveryReader() throws Exception {
        CertificateFileSet files = CertificateFileSet.export(certificate, new SecureRandom());
        assertEquals(Pkcs12Encryption.LEGACY, CertificateFileSet.DEFAULT_ENCRYPTION);

        String info = opensslInfo(files);
        assertEquals(2, count(info, "pbeWithSHA1And3-KeyTripleDES-CBC"), "key and certificates 3DES:\n" + info);
        assertTrue(info.contains("MAC: sha1"), info);
        assertFalse(info.contains("AES"), info);
        assertOpensslReadsTheCertificate(files);
        assertOpensslReadsTheCertificate(files, "-legacy");
        assertOwnReaderAndJdkOpen(files);
    }

    @Test
    void modernPfxIsAes256WithSha256MacAndOpensWithoutLegacy() throws Exception {
        CertificateFileSet files = CertificateFileSet.export(certificate, new SecureRandom(), Pkcs12Encryption.MODERN);

        String info = opensslInfo(files);
        assertEquals(2, count(info, "PBES2, PBKDF2, AES-256-CBC"), "key and certificates AES-256:\n" + info);
        assertTrue(info.contains("MAC: sha256"), info);
        assertFalse(info.contains("TripleDES"), info);
        assertOpensslReadsTheCertificate(files);
        assertOwnReaderAndJdkOpen(files);
    }

    private String opensslInfo(CertificateFileSet files) throws Exception {
        Files.write(dir.resolve("certificate.pfx"), files.pfx());
        return openssl(
                dir,
                Map.of(PASSWORD_VARIABLE, files.pfxPassword()),
                "pkcs12",
                "-in",
                "certificate.pfx",
                "-passin",
                "env:" + PASSWORD_VARIABLE,
                "-info",
                "-noout");
    }

    private void assertOpensslReadsTheCertificate(CertificateFileSet files, String... extra) throws Exception {
        Files.write(dir.resolve("certificate.pfx"), files.pfx());
        String[] args = {"pkcs12", "-in", "certificate.pfx", "-passin", "env:" + PASSWORD_VARIABLE, "-nokeys"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        String certificates = openssl(dir, Map.of(PASSWORD_VARIABLE, files.pfxPassword()), all);
        Files.writeString(dir.resolve("out.pem"), certificates);
        String fingerprint = openssl(dir, "x509", "-in", "out.pem", "-noout", "-fingerprint", "-sha1");
        assertEquals(
                certificate.thumbprintSha1(),
                fingerprint.substring(fingerprint.indexOf('=') + 1).trim().replace(":", ""));
    }

    private static void assertOwnReaderAndJdkOpen(CertificateFileSet files) throws Exception {
        char[] password = files.pfxPassword().toCharArray();
        assertEquals(
                certificate.thumbprintSha1(),
                CertificateLoader.fromPkcs12(files.pfx(), password, null).thumbprintSha1());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(files.pfx()), password);
        String alias = store.aliases().nextElement();
        assertTrue(store.isKeyEntry(alias));
        assertArrayEquals(
                certificate.privateKey().getEncoded(),
                store.getKey(alias, password).getEncoded());
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
