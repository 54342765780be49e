package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import static io.jenkins.plugins.azuremgmtcert.domain.certificate.ExternalTool.openssl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keys and certificates made by {@code openssl} in a folder, for the tests that check we read what OpenSSL writes:
 * {@code key.pem} (RSA 2048, PKCS#8) with {@code cert.pem}; with {@link #withChain()} {@code ca.key}/{@code ca.pem}
 * and {@code leaf.key}/{@code leaf.pem} signed by that CA; with {@link #withRejectedKeys()} {@code small.key}/
 * {@code small.pem} (RSA 1024) and {@code ec.key}/{@code ec.pem} (P-256).
 */
final class OpenSslFixtures {

    final Path dir;

    private OpenSslFixtures(Path dir) {
        this.dir = dir;
    }

    /** An empty folder to add fixtures to. */
    static OpenSslFixtures in(Path dir) {
        return new OpenSslFixtures(dir);
    }

    /** Creates the self-signed RSA 2048 pair {@code key.pem}/{@code cert.pem}. */
    static OpenSslFixtures createIn(Path dir) {
        return in(dir).selfSigned("key.pem", "cert.pem", "openssl fixture", "rsa:2048");
    }

    OpenSslFixtures withChain() {
        selfSigned("ca.key", "ca.pem", "Fixture CA", "rsa:2048");
        openssl(dir, req("leaf.key", "leaf.csr", "Fixture Leaf", "rsa:2048"));
        String[] sign = {"x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial"};
        List<String> args = new ArrayList<>(List.of(sign));
        args.addAll(List.of("-out", "leaf.pem", "-days", "30"));
        openssl(dir, args.toArray(String[]::new));
        return this;
    }

    /** Keys Azure refuses: RSA 1024 ({@code small.*}) and EC P-256 ({@code ec.*}), each with its certificate. */
    OpenSslFixtures withRejectedKeys() {
        selfSigned("small.key", "small.pem", "small", "rsa:1024");
        return selfSigned("ec.key", "ec.pem", "ec", "ec", "-pkeyopt", "ec_paramgen_curve:P-256");
    }

    private OpenSslFixtures selfSigned(String keyFile, String certificateFile, String commonName, String... newKey) {
        List<String> args = new ArrayList<>(List.of(req(keyFile, certificateFile, commonName, newKey)));
        args.addAll(List.of("-x509", "-days", "30"));
        openssl(dir, args.toArray(String[]::new));
        return this;
    }

    private static String[] req(String keyFile, String outFile, String commonName, String... newKey) {
        List<String> args = new ArrayList<>(List.of("req", "-nodes", "-keyout", keyFile, "-out", outFile));
        args.addAll(List.of("-subj", "/CN=" + commonName, "-newkey"));
        args.addAll(List.of(newKey));
        return args.toArray(String[]::new);
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
