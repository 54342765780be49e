package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.FilePath;
import hudson.Functions;
import hudson.console.ConsoleLogFilter;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Label;
import hudson.model.Result;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.tasks.BatchFile;
import hudson.tasks.Shell;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl;
import io.jenkins.plugins.azuremgmtcert.credentials.source.UploadedCertificateSource;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code withAzureCert} and the freestyle wrapper in a running Jenkins: variables, files, masking, clean-up after
 * success, failure, abort and restart, the Snippet Generator and the credential list's permission check. Every test
 * uses sessions, so the restart test sits with the others.
 */
class WithAzureCertStepJenkinsTest {

    // The whole line the build printed: JenkinsRule's home folder has a space in it ("j h<digits>") on purpose, and
    // `sh -x` also traces the echo with the path quoted, hence a line that starts with the marker.
    private static final Pattern FOLDER = Pattern.compile("(?m)^folder=(.+?)\\s*$");
    private static final Pattern PLAIN_PASSWORD = Pattern.compile("password=[A-Za-z0-9]{32}");

    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static ManagementCertificate certificate;

    private static synchronized ManagementCertificate certificate() {
        if (certificate == null) {
            certificate = CertificateGenerator.forName("withAzureCert test").generate();
        }
        return certificate;
    }

    private static final String SUBSCRIPTION = "2c1e8d5a-0b8f-4f5e-9d3c-7a6b5c4d3e2f";
    // what the credential's setters accept: a tenant domain and an application (client) GUID
    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String CLIENT = "11111111-2222-3333-4444-555555555555";

    /** The plugin's credential, from an uploaded .pfx of the test certificate. */
    private static void addCredential(String tenantId, String applicationId) throws Exception {
        String password = "keystore-password-1";
        byte[] pfx = CertificateExporter.toPkcs12(certificate(), password.toCharArray(), Pkcs12Encryption.MODERN);
        AzureManagementCertificateCredentialsImpl credential = new AzureManagementCertificateCredentialsImpl(
                CredentialsScope.GLOBAL,
                "azure",
                "test",
                SUBSCRIPTION,
                new UploadedCertificateSource(SecretBytes.fromRawBytes(pfx), Secret.fromString(password)));
        credential.setTenantId(tenantId);
        credential.setApplicationId(applicationId);
        SystemCredentialsProvider.getInstance().getCredentials().add(credential);
        SystemCredentialsProvider.getInstance().save();
    }

    private static String script(String unix, String windows) {
        return "node {\n  withAzureCert(credentialsId: 'azure') {\n    if (isUnix()) {\n      sh '''" + unix
                + "'''\n    } else {\n      bat '''" + windows + "'''\n    }\n  }\n}";
    }

    private static final String PRINT_UNIX = """
            set +x
            echo "subscription=$AZURE_SUBSCRIPTION_ID"
            echo "thumbprint=$AZURE_CERTIFICATE_THUMBPRINT"
            echo "url=[$AZURE_SERVICE_MANAGEMENT_URL]"
            echo "tenant=$AZURE_TENANT_ID client=$AZURE_CLIENT_ID"
            if [ -n "$AZURE_TENANT_ID" ]; then test "$AZURE_CLIENT_CERTIFICATE_PATH" = "$AZURE_CERTIFICATE_PEM"; fi
            test -r "$AZURE_CERTIFICATE_PFX" && test -r "$AZURE_CERTIFICATE_PEM" && test -r "$AZURE_CERTIFICATE_CER"
            grep -q "BEGIN PRIVATE KEY" "$AZURE_CERTIFICATE_PEM"
            echo "password=$AZURE_CERTIFICATE_PASSWORD"
            echo "arm=$ARM_CLIENT_ID $ARM_TENANT_ID $ARM_SUBSCRIPTION_ID $ARM_ENVIRONMENT"
            if [ -n "$ARM_CLIENT_ID" ]; then test "$ARM_CLIENT_CERTIFICATE_PATH" = "$AZURE_CERTIFICATE_PFX"; fi
            echo "armpassword=$ARM_CLIENT_CERTIFICATE_PASSWORD"
            echo "folder=$(dirname "$AZURE_CERTIFICATE_PFX")"
            """;

    private static final String PRINT_WINDOWS = """
            @echo off
            echo subscription=%AZURE_SUBSCRIPTION_ID%
            echo thumbprint=%AZURE_CERTIFICATE_THUMBPRINT%
            echo url=[%AZURE_SERVICE_MANAGEMENT_URL%]
            echo tenant=%AZURE_TENANT_ID% client=%AZURE_CLIENT_ID%
            if not exist "%AZURE_CERTIFICATE_PFX%" exit /b 1
            if not exist "%AZURE_CERTIFICATE_CER%" exit /b 1
            echo password=%AZURE_CERTIFICATE_PASSWORD%
            echo arm=%ARM_CLIENT_ID% %ARM_TENANT_ID% %ARM_SUBSCRIPTION_ID% %ARM_ENVIRONMENT%
            echo armpassword=%ARM_CLIENT_CERTIFICATE_PASSWORD%
            for %%F in ("%AZURE_CERTIFICATE_PEM%") do echo folder=%%~dpF
            """;

    @Test
    void pipelineOnAnAgentGetsEveryVariableNeverLogsThePasswordAndLeavesNothing() throws Throwable {
        sessions.then(r -> {
            addCredential(TENANT, CLIENT);
            r.createOnlineSlave(Label.get("remote"));
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(
                    script(PRINT_UNIX, PRINT_WINDOWS).replace("node {", "node('remote') {"), true));
            WorkflowRun b = r.buildAndAssertSuccess(p);
            r.assertLogContains("subscription=" + SUBSCRIPTION, b);
            r.assertLogContains("thumbprint=" + certificate().thumbprintSha1(), b);
            r.assertLogContains("url=[https://management.core.windows.net]", b);
            r.assertLogContains("tenant=" + TENANT + " client=" + CLIENT, b);
            r.assertLogContains("password=****", b);
            r.assertLogContains("arm=" + CLIENT + " " + TENANT + " " + SUBSCRIPTION + " public", b);
            r.assertLogContains("armpassword=****", b);
            assertFalse(PLAIN_PASSWORD.matcher(JenkinsRule.getLog(b)).find(), "the password reached the log");
            assertFolderGone(b);
            assertEquals(
                    "azure",
                    org.jenkinsci.plugins.workflow.actions.ArgumentsAction.getStepArgumentsAsString(stepNode(b)));
        });
    }

    @Test
    void filesAreGoneAfterTheBlockFails() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(
                    new CpsFlowDefinition(script(PRINT_UNIX + "exit 3\n", PRINT_WINDOWS + "exit /b 3\n"), true));
            WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);
            assertFolderGone(b);
        });
    }

    @Test
    void filesAreGoneAfterTheBuildIsAborted() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(
                    script(PRINT_UNIX + "sleep 300\n", PRINT_WINDOWS + "ping -n 300 127.0.0.1 > nul\n"), true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("folder=", b);
            Path folder = folder(b);
            assertTrue(Files.isDirectory(folder));
            b.getExecutor().interrupt();
            r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
            assertFalse(Files.exists(folder), folder + " survived the abort");
        });
    }

    @Test
    void filesSurviveARestartWhileTheBlockRunsAndAreGoneWhenItEnds() throws Throwable {
        String[] folder = new String[1];
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    node {
                      withAzureCert(credentialsId: 'azure') {
                        if (isUnix()) {
                          sh 'printf %s "$AZURE_CERTIFICATE_PASSWORD" > password.txt'
                          sh 'echo "folder=$(dirname "$AZURE_CERTIFICATE_PFX")"'
                        } else {
                          bat '@echo|set /p=%AZURE_CERTIFICATE_PASSWORD%> password.txt'
                          bat '@for %%F in ("%AZURE_CERTIFICATE_PFX%") do @echo folder=%%~dpF'
                        }
                        waitUntil { fileExists 'go' }
                      }
                    }""", true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("folder=", b);
            // restart only once waitUntil sleeps between tries: the program is then idle and saved; stopping Jenkins
            // while it evaluates its condition leaves the build "incomplete with a completed execution" (FAILURE)
            r.waitForMessage("Will try again after", b);
            folder[0] = folder(b).toString();
            FilePath workspace = r.jenkins.getWorkspaceFor(p);
            String password = workspace.child("password.txt").readToString();
            assertEquals(32, password.length());
            assertNoFileContains(b.getRootDir(), password);
        });
        sessions.then(r -> {
            WorkflowJob p = r.jenkins.getItemByFullName("p", WorkflowJob.class);
            WorkflowRun b = p.getBuildByNumber(1);
            assertTrue(Files.isDirectory(Path.of(folder[0])), "the running block lost its files in the restart");
            r.jenkins.getWorkspaceFor(p).child("go").write("", "UTF-8");
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            assertFalse(Files.exists(Path.of(folder[0])), folder[0] + " survived the build");
        });
    }

    /** Issue 9.8: the freestyle wrapper through Pipeline's wrap step, whose console filter gets no build. */
    @Test
    void wrapStepMasksThePasswordAndLeavesNothing() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition(
                    script(PRINT_UNIX, PRINT_WINDOWS)
                            .replace(
                                    "withAzureCert(credentialsId: 'azure')",
                                    "wrap([$class: 'AzureCertificateBuildWrapper', credentialsId: 'azure'])"),
                    true));
            WorkflowRun b = r.buildAndAssertSuccess(p);
            r.assertLogContains("thumbprint=" + certificate().thumbprintSha1(), b);
            r.assertLogContains("password=****", b);
            assertFalse(PLAIN_PASSWORD.matcher(JenkinsRule.getLog(b)).find(), "the password reached the log");
            assertFolderGone(b);
        });
    }

    /**
     * Issue 9.8: a failure from the block that carries the password (here the error step's message, which Pipeline
     * prints after the block, where the console filter no longer applies) is masked.
     */
    @Test
    void aFailureFromTheBlockIsMasked() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    node {
                      withAzureCert(credentialsId: 'azure') {
                        error('password=' + env.AZURE_CERTIFICATE_PASSWORD)
                      }
                    }""", true));
            WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);
            r.assertLogContains("password=****", b);
            assertFalse(PLAIN_PASSWORD.matcher(JenkinsRule.getLog(b)).find(), "the password reached the log");
            // nor the failure Pipeline records with the step (the flow node's ErrorAction) in the build's folder
            assertNoFileMatches(b.getRootDir(), PLAIN_PASSWORD);
        });
    }

    /**
     * Issue 9.8: the controller stops after withAzureCert wrote the files but before its block started (held here by
     * a console filter that blocks the step's own "written" line). After the restart the step cannot resume, and the
     * files must not be left behind.
     */
    @Test
    void aRestartBetweenWritingTheFilesAndStartingTheBlockLeavesNothing() throws Throwable {
        Path[] folder = new Path[1];
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    node {
                      holdLogOn(text: 'AZURE_CERTIFICATE_PFX') {
                        withAzureCert(credentialsId: 'azure') {
                          echo 'the block ran'
                        }
                      }
                    }""", true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            assertTrue(HoldLogOnStep.HELD.await(60, TimeUnit.SECONDS), "the step never printed that it wrote files");
            Path shared = Path.of(r.jenkins.getWorkspaceFor(p).getRemote() + "@tmp", "azure-mgmt-cert");
            try (var entries = Files.list(shared)) {
                List<Path> folders = entries.toList();
                assertEquals(1, folders.size(), folders.toString());
                folder[0] = folders.get(0);
            }
            assertTrue(Files.isRegularFile(folder[0].resolve("certificate.pem")));
            // the program is saved with the execution as it is now when this session's Jenkins stops
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            r.assertBuildStatus(Result.FAILURE, r.waitForCompletion(b));
            r.assertLogNotContains("the block ran", b);
            long deadline = System.currentTimeMillis() + 60_000;
            while (Files.exists(folder[0]) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(Files.exists(folder[0]), folder[0] + " was left behind");
            assertFalse(Files.exists(folder[0].getParent()), folder[0].getParent() + " was left behind");
        });
        HoldLogOnStep.RELEASE.countDown();
    }

    /**
     * {@code holdLogOn(text: '...') { ... }}: a block whose console filter blocks the thread that writes a line
     * holding {@code text} to the log, until the test ends (the thread then fails rather than go on in a stopped
     * Jenkins).
     */
    public static final class HoldLogOnStep extends Step {
        static final CountDownLatch HELD = new CountDownLatch(1);
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        private final String text;

        @DataBoundConstructor
        public HoldLogOnStep(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        @Override
        public StepExecution start(StepContext context) {
            return new Execution(context, text);
        }

        private static final class Execution extends StepExecution {
            private static final long serialVersionUID = 1L;
            private final String text;

            Execution(StepContext context, String text) {
                super(context);
                this.text = text;
            }

            @Override
            public boolean start() throws Exception {
                getContext()
                        .newBodyInvoker()
                        .withContext(BodyInvoker.mergeConsoleLogFilters(
                                getContext().get(ConsoleLogFilter.class), new HoldFilter(text)))
                        .withCallback(BodyExecutionCallback.wrap(getContext()))
                        .start();
                return false;
            }

            @Override
            public void onResume() {}
        }

        private static final class HoldFilter extends ConsoleLogFilter implements Serializable {
            private static final long serialVersionUID = 1L;
            private final String text;

            HoldFilter(String text) {
                this.text = text;
            }

            @Override
            public OutputStream decorateLogger(Run build, OutputStream logger) {
                return new FilterOutputStream(logger) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (new String(b, off, len, StandardCharsets.UTF_8).contains(text)) {
                            HELD.countDown();
                            try {
                                RELEASE.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            throw new IOException("held until the test ended");
                        }
                        out.write(b, off, len);
                    }
                };
            }
        }

        @TestExtension("aRestartBetweenWritingTheFilesAndStartingTheBlockLeavesNothing")
        public static final class DescriptorImpl extends StepDescriptor {
            @Override
            public String getFunctionName() {
                return "holdLogOn";
            }

            @Override
            public boolean takesImplicitBlockArgument() {
                return true;
            }

            @Override
            public Set<? extends Class<?>> getRequiredContext() {
                return Set.of();
            }
        }
    }

    @Test
    void outsideNodeFailsWithAClearMessage() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("withAzureCert(credentialsId: 'azure') { echo 'never' }", true));
            WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);
            r.assertLogContains("run it inside node { }", b);
            r.assertLogNotContains("\tat ", b);
        });
    }

    @Test
    void missingCredentialFailsWithAClearMessage() throws Throwable {
        sessions.then(r -> {
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(
                    new CpsFlowDefinition("node { withAzureCert(credentialsId: 'nope') { echo 'never' } }", true));
            WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);
            r.assertLogContains("Could not find the credential \u201Cnope\u201D", b);
            r.assertLogNotContains("\tat ", b);
        });
    }

    @Test
    void freestyleWrapperGivesTheSameVariablesMasksAndCleansUp() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            FreeStyleProject p = r.createFreeStyleProject();
            AzureCertificateBuildWrapper wrapper = new AzureCertificateBuildWrapper("azure");
            wrapper.setThumbprintVariable("THUMB");
            wrapper.setArmEnvironmentVariable("TF_CLOUD");
            wrapper.setModernPfx(true);
            p.getBuildWrappersList().add(wrapper);
            p.getBuildersList()
                    .add(
                            Functions.isWindows()
                                    ? new BatchFile(PRINT_WINDOWS.replace("AZURE_CERTIFICATE_THUMBPRINT", "THUMB"))
                                    : new Shell(PRINT_UNIX.replace("AZURE_CERTIFICATE_THUMBPRINT", "THUMB")));
            r.configRoundtrip(p);
            r.assertEqualDataBoundBeans(wrapper, p.getBuildWrappersList().get(AzureCertificateBuildWrapper.class));
            FreeStyleBuild b = r.buildAndAssertSuccess(p);
            r.assertLogContains("thumbprint=" + certificate().thumbprintSha1(), b);
            r.assertLogContains("password=****", b);
            assertFalse(PLAIN_PASSWORD.matcher(JenkinsRule.getLog(b)).find(), "the password reached the log");
            assertFolderGone(b);
        });
    }

    @Test
    void credentialsBindingCertificateBindingAcceptsTheCredential() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    node {
                      withCredentials([certificate(credentialsId: 'azure', keystoreVariable: 'KS',
                                                   passwordVariable: 'KS_PASSWORD')]) {
                        if (isUnix()) {
                          sh 'test -s "$KS" && echo "keystore password=$KS_PASSWORD"'
                        } else {
                          bat '@if not exist "%KS%" exit /b 1'
                          bat '@echo keystore password=%KS_PASSWORD%'
                        }
                      }
                    }""", true));
            WorkflowRun b = r.buildAndAssertSuccess(p);
            r.assertLogContains("keystore password=****", b);
            r.assertLogNotContains("keystore-password-1", b);
        });
    }

    @Test
    void snippetGeneratorRoundTrip() throws Throwable {
        sessions.then(r -> {
            SnippetizerTester snippetizer = new SnippetizerTester(r);
            snippetizer.assertRoundTrip(
                    new WithAzureCertStep("azure"), "withAzureCert('azure') {\n    // some block\n}");
            WithAzureCertStep renamed = new WithAzureCertStep("azure");
            renamed.setPasswordVariable("PFX_PASSWORD");
            snippetizer.assertRoundTrip(
                    renamed,
                    "withAzureCert(credentialsId: 'azure', passwordVariable: 'PFX_PASSWORD') {\n    // some block\n}");
            WithAzureCertStep modern = new WithAzureCertStep("azure");
            modern.setModernPfx(true);
            modern.setArmClientCertificatePasswordVariable("TF_PFX_PASSWORD");
            snippetizer.assertRoundTrip(
                    modern,
                    "withAzureCert(armClientCertificatePasswordVariable: 'TF_PFX_PASSWORD', credentialsId: 'azure',"
                            + " modernPfx: true) {\n    // some block\n}");
        });
    }

    @Test
    void credentialListNeedsPermissionToSeeIds() throws Throwable {
        sessions.then(r -> {
            addCredential(null, null);
            WorkflowJob p = r.createProject(WorkflowJob.class, "p");
            r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
            r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                    .grant(Jenkins.ADMINISTER)
                    .everywhere()
                    .to("admin")
                    .grant(Jenkins.READ, Item.READ)
                    .everywhere()
                    .to("reader")
                    .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                    .everywhere()
                    .to("configurer"));
            WithAzureCertStep.DescriptorImpl descriptor =
                    r.jenkins.getDescriptorByType(WithAzureCertStep.DescriptorImpl.class);
            assertEquals(List.of("", "azure"), listAs("admin", () -> descriptor.doFillCredentialsIdItems(null, "")));
            assertEquals(List.of("", "azure"), listAs("configurer", () -> descriptor.doFillCredentialsIdItems(p, "")));
            assertEquals(List.of(""), listAs("reader", () -> descriptor.doFillCredentialsIdItems(p, "")));
            assertEquals(List.of(""), listAs("reader", () -> descriptor.doFillCredentialsIdItems(null, "")));
        });
    }

    private static List<String> listAs(String user, java.util.function.Supplier<ListBoxModel> fill) {
        try (ACLContext ignored = ACL.as2(hudson.model.User.getById(user, true).impersonate2())) {
            return fill.get().stream().map(option -> option.value).toList();
        }
    }

    private static org.jenkinsci.plugins.workflow.graph.FlowNode stepNode(WorkflowRun b) throws Exception {
        for (org.jenkinsci.plugins.workflow.graph.FlowNode node :
                new org.jenkinsci.plugins.workflow.graph.FlowGraphWalker(b.getExecution())) {
            if (node instanceof org.jenkinsci.plugins.workflow.cps.nodes.StepStartNode start
                    && start.getDescriptor() instanceof WithAzureCertStep.DescriptorImpl
                    && !start.isBody()) {
                return node;
            }
        }
        throw new AssertionError("no withAzureCert node");
    }

    private static Path folder(hudson.model.Run<?, ?> b) throws Exception {
        Matcher m = FOLDER.matcher(JenkinsRule.getLog(b));
        assertTrue(m.find(), "the build printed no folder");
        return Path.of(m.group(1));
    }

    private static void assertFolderGone(hudson.model.Run<?, ?> b) throws Exception {
        Path folder = folder(b);
        assertFalse(Files.exists(folder), folder + " survived the build");
        // the last clean-up in a workspace deletes the folder of certificate folders too: nothing is left
        assertFalse(Files.exists(folder.getParent()), folder.getParent() + " is left");
    }

    /** As {@link #assertNoFileContains}, for a pattern. */
    private static void assertNoFileMatches(File dir, Pattern secret) throws Exception {
        try (var files = Files.walk(dir.toPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(secret.matcher(text).find(), file + " holds the password");
            }
        }
    }

    /** Every file under {@code dir} that can still be read; a running build renames and deletes files meanwhile. */
    private static void assertNoFileContains(File dir, String secret) throws Exception {
        Files.walkFileTree(dir.toPath(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException gone) {
                    return FileVisitResult.CONTINUE;
                }
                assertFalse(
                        new String(bytes, StandardCharsets.ISO_8859_1).contains(secret), file + " holds the password");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }
}
