package io.jenkins.plugins.azuremgmtcert.e2e;

import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.assertEveryVariable;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.assertNowhere;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.capturedPassword;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.tmp;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.tree;
import static io.jenkins.plugins.azuremgmtcert.e2e.BuildChecks.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Builds that use the credential, in the real Jenkins, on the built-in node and on a real inbound agent: every
 * variable, files openssl can read, the password masked in the console and found nowhere on disk, the certificate
 * folder deleted when the block ends, also when the build is aborted. The credential is created through the
 * credentials page's own form endpoint.
 */
@ExtendWith({E2e.class, InboundAgent.Resolver.class})
class BuildsE2eTest {
    private static final String TENANT = "contoso.onmicrosoft.com";

    @Test
    void pipelineOnTheBuiltInNodeGetsEveryVariableMasksThePasswordAndLeavesNothing(E2e e2e) throws Exception {
        String job = e2e.unique("builtin-pipeline");
        Path workspace = e2e.jenkins().home().resolve("workspace").resolve(job);
        pipelineGetsEveryVariableMasksThePasswordAndLeavesNothing(e2e, job, "built-in", workspace, new String[1]);
    }

    @Test
    void pipelineOnTheAgentGetsEveryVariableMasksThePasswordAndLeavesNothing(E2e e2e, InboundAgent agent)
            throws Exception {
        String job = e2e.unique("agent-pipeline");
        String[] thumbprintOut = new String[1];
        int number = pipelineGetsEveryVariableMasksThePasswordAndLeavesNothing(
                e2e, job, InboundAgent.LABEL, agent.workspace(job), thumbprintOut);
        String thumbprint = thumbprintOut[0];
        try (Browser browser = e2e.browserAs(E2e.ADMIN)) {
            browser.go(JenkinsClient.jobPath(job) + number + "/console");
            String console = browser.waitForText(By.tagName("body"), "Finished: SUCCESS");
            // the page links the node's name, so the text has line breaks around it
            String text = console.replaceAll("\\s+", " ");
            assertTrue(text.contains("Running on " + InboundAgent.NAME + " in"), console);
            assertTrue(text.contains("+ echo password=**** password=****"), console);
            assertTrue(text.contains("thumbprint=" + thumbprint), console);
            browser.screenshot("build-log");
        }
    }

    @Test
    void freestyleWrapperOnTheAgentGetsEveryVariableMasksThePasswordAndLeavesNothing(E2e e2e, InboundAgent agent)
            throws Exception {
        String id = e2e.unique("freestyle-cert");
        String subscription = UUID.randomUUID().toString();
        String client = UUID.randomUUID().toString();
        String thumbprint = Credentials.createGenerated(e2e, id, subscription, TENANT, client);
        String job = e2e.unique("agent-freestyle");
        Path workspace = agent.workspace(job);
        String shell = BuildChecks.SHOW_THUMBPRINT_AND_PASSWORD + BuildChecks.PRINT_EVERYTHING;
        e2e.admin().createItem(job, """
                <project>
                  <assignedNode>%s</assignedNode>
                  <canRoam>false</canRoam>
                  <builders>
                    <hudson.tasks.Shell><command>%s</command></hudson.tasks.Shell>
                  </builders>
                  <buildWrappers>
                    <io.jenkins.plugins.azuremgmtcert.steps.AzureCertificateBuildWrapper>
                      <credentialsId>%s</credentialsId>
                    </io.jenkins.plugins.azuremgmtcert.steps.AzureCertificateBuildWrapper>
                  </buildWrappers>
                </project>
                """.formatted(InboundAgent.LABEL, JenkinsClient.xmlEscape(shell), id));
        List<String> tmpBefore = tree(tmp(workspace));

        int number = e2e.admin().startBuild(job);
        String result = e2e.admin().waitForResult(job, number, Duration.ofMinutes(3));
        String log = e2e.admin().log(job, number);
        assertEquals("SUCCESS", result, log);

        assertTrue(log.contains("Building remotely on " + InboundAgent.NAME), log);
        assertEveryVariable(log, workspace, subscription, thumbprint, TENANT, client);
        assertLeftNothing(e2e, job, number, workspace, log, tmpBefore);
    }

    @Test
    void abortingTheBuildInsideTheBlockDeletesTheCertificateFolder(E2e e2e, InboundAgent agent) throws Exception {
        String id = e2e.unique("abort-cert");
        Credentials.createGenerated(e2e, id, UUID.randomUUID().toString(), null, null);
        String job = e2e.unique("agent-abort");
        e2e.admin().createPipeline(job, """
                node('%s') {
                  withAzureCert(credentialsId: '%s') {
                    sh 'echo "folder=$(dirname "$AZURE_CERTIFICATE_PFX")"; sleep 300'
                  }
                }
                """.formatted(InboundAgent.LABEL, id));
        int number = e2e.admin().startBuild(job);
        String log = e2e.admin().waitForLog(job, number, "\nfolder=", Duration.ofMinutes(2));
        Path folder = Path.of(value(log, "folder"));
        assertTrue(Files.isDirectory(folder), folder + " does not exist while the block runs");
        assertTrue(folder.startsWith(agent.root()), folder + " is not on the agent");

        HttpResponse<String> stop = e2e.admin().postForm(JenkinsClient.jobPath(job) + number + "/stop", Map.of());
        assertTrue(stop.statusCode() == 302 || stop.statusCode() == 200, "stop answered " + stop.statusCode());
        String result = e2e.admin().waitForResult(job, number, Duration.ofMinutes(2));
        assertEquals("ABORTED", result, e2e.admin().log(job, number));
        assertFalse(Files.exists(folder), folder + " survived the abort");
        assertEquals(List.of(), tree(folder.getParent()), "certificate folders are left after the abort");
    }

    /**
     * Issue 9.8 on the agent: the freestyle wrapper through Pipeline's {@code wrap} masks the password though its
     * filter gets no build, and a failure from a {@code withAzureCert} block that carries the password (printed by
     * Pipeline after the block) is masked too; neither password is anywhere in the log or the build's folder.
     */
    @Test
    void wrapStepMasksAndAFailureFromTheBlockIsMaskedOnTheAgent(E2e e2e, InboundAgent agent) throws Exception {
        String id = e2e.unique("wrap-cert");
        String subscription = UUID.randomUUID().toString();
        String client = UUID.randomUUID().toString();
        String thumbprint = Credentials.createGenerated(e2e, id, subscription, TENANT, client);
        String job = e2e.unique("agent-wrap");
        Path workspace = agent.workspace(job);
        e2e.admin().createPipeline(job, """
                node('@LABEL@') {
                  wrap([$class: 'AzureCertificateBuildWrapper', credentialsId: '@ID@']) {
                    sh '''@SHOW@'''
                    sh '''@PRINT@'''
                  }
                  withAzureCert(credentialsId: '@ID@') {
                    sh 'printf %s "$AZURE_CERTIFICATE_PASSWORD" > failing-block-password.txt'
                    error('failing with password=' + env.AZURE_CERTIFICATE_PASSWORD)
                  }
                }
                """.replace("@LABEL@", InboundAgent.LABEL)
                .replace("@ID@", id)
                .replace("@SHOW@", BuildChecks.SHOW_THUMBPRINT_AND_PASSWORD)
                .replace("@PRINT@", BuildChecks.PRINT_EVERYTHING));
        List<String> tmpBefore = tree(tmp(workspace));

        int number = e2e.admin().startBuild(job);
        String result = e2e.admin().waitForResult(job, number, Duration.ofMinutes(3));
        String log = e2e.admin().log(job, number);
        assertEquals("FAILURE", result, log);

        assertEveryVariable(log, workspace, subscription, thumbprint, TENANT, client);
        assertTrue(log.contains("failing with password=****"), log);
        assertLeftNothing(e2e, job, number, workspace, log, tmpBefore);
        String failingBlocks = Files.readString(workspace.resolve("failing-block-password.txt"));
        assertEquals(32, failingBlocks.length());
        assertFalse(log.contains(failingBlocks), "the failing block's password is in the build log");
        assertNowhere(
                failingBlocks,
                e2e.jenkins()
                        .home()
                        .resolve("jobs")
                        .resolve(job)
                        .resolve("builds")
                        .resolve(Integer.toString(number)));
    }

    /** Runs a Pipeline on {@code label} and checks everything; returns the build number (and the thumbprint). */
    private static int pipelineGetsEveryVariableMasksThePasswordAndLeavesNothing(
            E2e e2e, String job, String label, Path workspace, String[] thumbprintOut) throws Exception {
        String id = e2e.unique("pipeline-cert");
        String subscription = UUID.randomUUID().toString();
        String client = UUID.randomUUID().toString();
        String thumbprint = Credentials.createGenerated(e2e, id, subscription, TENANT, client);
        thumbprintOut[0] = thumbprint;
        e2e.admin().createPipeline(job, pipeline(label, id));
        List<String> tmpBefore = tree(tmp(workspace));

        int number = e2e.admin().startBuild(job);
        String result = e2e.admin().waitForResult(job, number, Duration.ofMinutes(3));
        String log = e2e.admin().log(job, number);
        assertEquals("SUCCESS", result, log);

        assertTrue(log.contains("Azure management certificate " + thumbprint + " written for this block"), log);
        assertEveryVariable(log, workspace, subscription, thumbprint, TENANT, client);
        assertEquals("folder gone", value(log, "after-block"), "the certificate folder outlived the block");
        assertLeftNothing(e2e, job, number, workspace, log, tmpBefore);
        return number;
    }

    /**
     * The block first shows the thumbprint and the password under {@code set -x}, then prints everything; after the
     * block, a shell on the same node checks that the certificate folder is gone.
     */
    static String pipeline(String label, String credentialsId) {
        return """
                node('@LABEL@') {
                  def pfx
                  withAzureCert(credentialsId: '@ID@') {
                    sh '''@SHOW@'''
                    sh '''@PRINT@'''
                    pfx = env.AZURE_CERTIFICATE_PFX
                  }
                  withEnv(['PFX=' + pfx]) {
                    sh 'set +x; test ! -e "$(dirname "$PFX")" && echo "after-block=folder gone"'
                  }
                }
                """.replace("@LABEL@", label)
                .replace("@ID@", credentialsId)
                .replace("@SHOW@", BuildChecks.SHOW_THUMBPRINT_AND_PASSWORD)
                .replace("@PRINT@", BuildChecks.PRINT_EVERYTHING);
    }

    /** The folder is gone, @tmp is as before, and the plain password is in neither the log nor any file. */
    static void assertLeftNothing(E2e e2e, String job, int number, Path workspace, String log, List<String> tmpBefore)
            throws Exception {
        Path folder = Path.of(value(log, "folder"));
        assertFalse(Files.exists(folder), folder + " survived the build");
        assertEquals(tmpBefore, tree(tmp(workspace)), "the build left something in " + tmp(workspace));
        String password = capturedPassword(workspace);
        assertFalse(log.contains(password), "the plain password is in the build log");
        assertNowhere(
                password,
                e2e.jenkins()
                        .home()
                        .resolve("jobs")
                        .resolve(job)
                        .resolve("builds")
                        .resolve(Integer.toString(number)));
        assertNowhere(password, tmp(workspace));
    }
}
