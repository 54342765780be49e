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
