package io.jenkins.plugins.azuremgmtcert.e2e;

import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.assertNowhere;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.capturedPassword;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.tmp;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.tree;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The controller stops while a {@code withAzureCert} block runs on the built-in node: the block resumes with its
 * files, finishes, and its folder is deleted. In a class of its own because it restarts the Jenkins every class
 * shares (surefire runs the classes one after the other, so no other test is running then).
 */
@ExtendWith(E2e.class)
class BuildRestartE2eTest {

    @Test
    void blockResumesAfterARestartWithItsFilesAndDeletesThemWhenItEnds(E2e e2e) throws Exception {
        String id = e2e.unique("restart-cert");
        String thumbprint =
                Credentials.createGenerated(e2e, id, UUID.randomUUID().toString(), null, null);
        String job = e2e.unique("restart-pipeline");
        Path workspace = e2e.jenkins().home().resolve("workspace").resolve(job);
        e2e.admin().createPipeline(job, """
                node('built-in') {
                  withAzureCert(credentialsId: '%s') {
                    sh 'set +x; printf %%s "$AZURE_CERTIFICATE_PASSWORD" > password.txt; echo "folder=$(dirname "$AZURE_CERTIFICATE_PFX")"'
                    waitUntil(initialRecurrencePeriod: 250, quiet: true) { fileExists 'go' }
                    sh 'set +x; openssl pkcs12 -in "$AZURE_CERTIFICATE_PFX" -passin env:AZURE_CERTIFICATE_PASSWORD -nokeys | openssl x509 -noout -fingerprint -sha1 | sed "s/.*=/resumed-fingerprint=/"'
                  }
                }
                """.formatted(id));
        List<String> tmpBefore = tree(tmp(workspace));
        int number = e2e.admin().startBuild(job);
        String log = e2e.admin().waitForLog(job, number, "\nfolder=", Duration.ofMinutes(2));
        Path folder = Path.of(value(log, "folder"));
        List<String> files = tree(folder);
        assertEquals(List.of("certificate.cer", "certificate.pem", "certificate.pfx"), files);
        String password = capturedPassword(workspace);
        Path buildDir = e2e.jenkins()
                .home()
                .resolve("jobs")
                .resolve(job)
                .resolve("builds")
                .resolve(Integer.toString(number));
        // the program Pipeline saves while the block runs (program.dat, the flow nodes) holds the password encrypted
        assertNowhere(password, buildDir);

        e2e.restart();

        assertEquals(files, tree(folder), "the running block lost its files in the restart");
        e2e.admin().waitForLog(job, number, "Resuming build", Duration.ofMinutes(2));
        Files.writeString(workspace.resolve("go"), "");
        String result = e2e.admin().waitForResult(job, number, Duration.ofMinutes(3));
        String after = e2e.admin().log(job, number);
        assertEquals("SUCCESS", result, after);
        assertEquals(
                thumbprint,
                value(after, "resumed-fingerprint").replace(":", "").toUpperCase(),
                "after the restart the block no longer read its .pfx");
        assertFalse(Files.exists(folder), folder + " survived the build");
        assertEquals(tmpBefore, tree(tmp(workspace)), "the build left something in " + tmp(workspace));
        assertFalse(after.contains(password), "the plain password is in the build log");
        assertNowhere(password, buildDir);
    }
}
