package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** openssl, a reader nobody on this project wrote, as the independent judge of what Jenkins hands out. */
final class Openssl {
    private Openssl() {}

    /** The SHA-1 fingerprint openssl computes for a DER certificate, as upper-case hex without colons. */
    static String sha1Fingerprint(byte[] der, Path work) throws IOException, InterruptedException {
        Path file = Files.createTempFile(work, "cert-", ".cer");
        Files.write(file, der);
        String out = run("x509", "-inform", "DER", "-in", file.toString(), "-noout", "-fingerprint", "-sha1");
        // "SHA1 Fingerprint=AB:CD:..." (the label's case differs between openssl versions)
        return out.substring(out.indexOf('=') + 1).trim().replace(":", "").toUpperCase();
    }

    /** A certificate and its private key, both PEM files that openssl wrote. */
    record KeyPair(Path certificate, Path key) {
        String certificatePem() throws IOException {
            return Files.readString(certificate);
        }

        String keyPem() throws IOException {
            return Files.readString(key);
        }
    }

    /**
     * A new 2048-bit RSA key (unencrypted PKCS#8, "BEGIN PRIVATE KEY") and a self-signed certificate for it, valid
     * for a year (no "expires soon" warning), in a folder of their own.
     */
    static KeyPair selfSigned(Path work, String commonName) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "openssl-");
        Path key = dir.resolve("key.pem");
        Path certificate = dir.resolve("certificate.pem");
        run(
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                key.toString(),
                "-out",
                certificate.toString(),
                "-days",
                "365",
                "-subj",
                "/CN=" + commonName);
        return new KeyPair(certificate, key);
    }

    /**
     * {@code openssl pkcs12 -export} of the pair with this password ({@code ""}: openssl's empty password), followed
     * by any further options such as {@code -legacy} or {@code -keypbe NONE -certpbe NONE -nomac}.
     */
    static Path pkcs12(KeyPair pair, String name, String password, String... options)
            throws IOException, InterruptedException {
        Path file = pair.certificate().resolveSibling(name);
        List<String> arguments = new ArrayList<>(List.of(
                "pkcs12",
                "-export",
                "-in",
                pair.certificate().toString(),
                "-inkey",
                pair.key().toString(),
                "-out",
                file.toString(),
                "-passout",
                "pass:" + password));
        arguments.addAll(List.of(options));
        run(arguments.toArray(String[]::new));
        return file;
    }

    /** The pair's key as encrypted PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY", openssl's default cipher). */
    static String encryptedKey(KeyPair pair, String password) throws IOException, InterruptedException {
        Path file = pair.key().resolveSibling("encrypted-key.pem");
        run("pkcs8", "-topk8", "-in", pair.key().toString(), "-out", file.toString(), "-passout", "pass:" + password);
        return Files.readString(file);
    }

    /** The SHA-1 fingerprint openssl computes for a PEM certificate file, as upper-case hex without colons. */
    static String sha1FingerprintOfPem(Path pem) throws IOException, InterruptedException {
        String out = run("x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha1");
        return out.substring(out.indexOf('=') + 1).trim().replace(":", "").toUpperCase();
    }

    static String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
