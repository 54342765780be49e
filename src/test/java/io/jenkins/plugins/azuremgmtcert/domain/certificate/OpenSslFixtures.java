package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keys and certificates made by {@code openssl} in a folder, for the tests that check we read what OpenSSL writes:
 * {@code key.pem} (RSA 2048, PKCS#8) with {@code cert.pem}; {@code ca.key}/{@code ca.pem} and {@code leaf.key}/
 * {@code leaf.pem} signed by that CA.
 */
final class OpenSslFixtures {

    final Path dir;

    private OpenSslFixtures(Path dir) {
        this.dir = dir;
    }

    /** Creates the self-signed pair; {@link #withChain()} adds the CA and leaf. */
    static OpenSslFixtures createIn(Path dir) {
        OpenSslFixtures fixtures = new OpenSslFixtures(dir);
        openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "key.pem",
                "-out",
                "cert.pem",
                "-subj",
                "/CN=openssl fixture",
                "-days",
                "30");
        return fixtures;
    }

    OpenSslFixtures withChain() {
        openssl(
                dir,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-subj",
                "/CN=Fixture CA",
                "-days",
                "30");
        openssl(
                dir,
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "leaf.key",
                "-out",
                "leaf.csr",
                "-subj",
                "/CN=Fixture Leaf");
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
                "-out",
                "leaf.pem",
                "-days",
                "30");
        return this;
    }

    /** Exports a PKCS#12 with {@code openssl pkcs12 -export} and the extra options; returns its bytes. */
    byte[] pkcs12(String name, String password, String... options) {
        String[] args = new String[options.length + 8];
        args[0] = "pkcs12";
        args[1] = "-export";
        System.arraycopy(options, 0, args, 2, options.length);
        int i = options.length + 2;
        args[i++] = "-out";
        args[i++] = name;
        args[i++] = "-passout";
        args[i++] = passwordArgument(password);
        args[i++] = "-name";
        args[i] = "fixture";
        openssl(dir, args);
        return bytes(name);
    }

    /**
     * {@code pass:...} for ASCII passwords; others go through a UTF-8 file, because a command-line argument is encoded
     * with the platform charset, which may be ASCII on a build machine.
     */
    String passwordArgument(String password) {
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(password)) {
            return "pass:" + password;
        }
        try {
            Path file = Files.createTempFile(dir, "password", ".txt");
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return "file:" + file.getFileName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(new String(bytes(name), StandardCharsets.US_ASCII));
        }
        return text.toString();
    }

    /** The SHA-1 fingerprint OpenSSL computes for a certificate file, in Azure's thumbprint form. */
    String sha1Thumbprint(String certificateFile, String inform) {
        String output =
                openssl(dir, "x509", "-in", certificateFile, "-inform", inform, "-noout", "-fingerprint", "-sha1");
        return output.substring(output.indexOf('=') + 1).trim().replace(":", "").toUpperCase(Locale.ROOT);
    }
}
