package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A self-signed RSA certificate and its key made by openssl (not by the plugin), as an administrator makes one, with
 * the files Jenkins is given ({@code .pfx}, PEM) and what openssl says about it (SHA-1 thumbprint, last day).
 *
 * @param key the unencrypted private key (PEM)
 * @param certificate the certificate (PEM)
 */
record TestCertificate(Path key, Path certificate) {

    /** A new key and certificate valid for {@code days} days from now, named {@code CN=<name>}. */
    static TestCertificate selfSigned(Path dir, String name, int days) throws IOException, InterruptedException {
        Path key = dir.resolve(name + ".key.pem");
        Path certificate = dir.resolve(name + ".crt.pem");
        Openssl.run(
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-days",
                Integer.toString(days),
                "-nodes",
                "-subj",
                "/CN=" + name,
                "-keyout",
                key.toString(),
                "-out",
                certificate.toString());
        return new TestCertificate(key, certificate);
    }

    /** A PKCS#12 file of key and certificate; an empty password gives a password-free file, as the Azure portal's. */
    byte[] pfx(String password) throws IOException, InterruptedException {
        Path pfx = Files.createTempFile(key.getParent(), "cert-", ".pfx");
        Openssl.run(
                "pkcs12", "-export",
                "-inkey", key.toString(),
                "-in", certificate.toString(),
                "-passout", "pass:" + password,
                "-out", pfx.toString());
        return Files.readAllBytes(pfx);
    }

    String pfxBase64(String password) throws IOException, InterruptedException {
        return Base64.getEncoder().encodeToString(pfx(password));
    }

    /** Certificate and private key in one PEM text, as the PEM source takes it. */
    String pem() throws IOException {
        return Files.readString(certificate) + Files.readString(key);
    }

    /** The SHA-1 thumbprint openssl computes, upper-case hex without colons. */
    String thumbprint() throws IOException, InterruptedException {
        String out = Openssl.run("x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha1");
        return out.substring(out.indexOf('=') + 1).trim().replace(":", "").toUpperCase();
    }

    /** The last day of validity as openssl prints it, {@code yyyy-MM-dd} (UTC). */
    String lastDay() throws IOException, InterruptedException {
        String out = Openssl.run("x509", "-in", certificate.toString(), "-noout", "-enddate", "-dateopt", "iso_8601");
        // notAfter=2026-12-16 01:28:19Z
        return out.substring(out.indexOf('=') + 1).trim().substring(0, 10);
    }
}
