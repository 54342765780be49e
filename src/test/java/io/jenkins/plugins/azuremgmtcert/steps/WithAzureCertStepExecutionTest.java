package io.jenkins.plugins.azuremgmtcert.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.FailureHandler;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousResumeNotSupportedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** The step's execution against mocked Pipeline types and a real local workspace. */
class WithAzureCertStepExecutionTest {

    private static final long WAIT = 20_000;
    private static ManagementCertificate certificate;

    @TempDir
    Path agentRoot;

    private Path workspace;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private StepContext context;
    private BodyInvoker invoker;

    @BeforeAll
    static void generateOnce() {
        certificate = CertificateGenerator.forName("step test").generate();
    }

    @BeforeEach
    void mockContext() throws Exception {
        workspace = Files.createDirectories(agentRoot.resolve("workspace/job"));
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(log, true, StandardCharsets.UTF_8));
        invoker = mock(BodyInvoker.class);
        when(invoker.withContext(any())).thenReturn(invoker);
        when(invoker.withCallback(any(BodyExecutionCallback.class))).thenReturn(invoker);
        context = mock(StepContext.class);
        Run<?, ?> run = mock(Run.class);
        when(run.getCharset()).thenReturn(StandardCharsets.UTF_8);
        when(context.get(Run.class)).thenReturn(run);
        when(context.get(TaskListener.class)).thenReturn(listener);
        when(context.get(FilePath.class)).thenReturn(new FilePath(workspace.toFile()));
        when(context.newBodyInvoker()).thenReturn(invoker);
    }

    @Test
    void runsTheBlockWithEveryVariableAndDeletesTheFilesWhenItSucceeds() throws Exception {
        FakeAzureCredentials credentials = new FakeAzureCredentials("azure", certificate, "keystore-pw", null, null);
        start(new WithAzureCertStep("azure"), credentials);

        EnvVars env = new EnvVars();
        EnvironmentExpander expander = bodyContext(EnvironmentExpander.class);
        expander.expand(env);
        assertEquals("2c1e8d5a-0b8f-4f5e-9d3c-7a6b5c4d3e2f", env.get("AZURE_SUBSCRIPTION_ID"));
        assertEquals("https://management.core.windows.net", env.get("AZURE_SERVICE_MANAGEMENT_URL"));
        assertEquals(certificate.thumbprintSha1(), env.get("AZURE_CERTIFICATE_THUMBPRINT"));
        Path pfx = Path.of(env.get("AZURE_CERTIFICATE_PFX"));
        assertEquals(
                agentRoot.resolve("workspace/job@tmp/azure-mgmt-cert").toAbsolutePath(),
                pfx.getParent().getParent());
        for (String name : List.of("AZURE_CERTIFICATE_PFX", "AZURE_CERTIFICATE_PEM", "AZURE_CERTIFICATE_CER")) {
            assertTrue(Files.isRegularFile(Path.of(env.get(name))), name);
        }
        String password = env.get("AZURE_CERTIFICATE_PASSWORD");
        assertTrue(password.matches("[A-Za-z0-9]{32}"));
        assertFalse(env.containsKey("AZURE_TENANT_ID"));
        assertEquals(Set.of("AZURE_CERTIFICATE_PASSWORD"), expander.getSensitiveVariables());
        assertFalse(log.toString(StandardCharsets.UTF_8).contains(password));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains(certificate.thumbprintSha1()));

        ConsoleLogFilter filter = bodyContext(ConsoleLogFilter.class);
        assertEquals("password=****\n", throughFilter(filter, "password=" + password + "\n"));
        Throwable failed = bodyContext(FailureHandler.class).handle(context, new AbortException("pw=" + password));
        assertEquals("pw=****", assertInstanceOf(AbortException.class, failed).getMessage());

        bodyCallback().onSuccess(context, "result");
        verify(context, timeout(WAIT)).onSuccess("result");
        assertNothingLeft(pfx.getParent());
    }

    @Test
    void deletesTheFilesWhenTheBlockFailsAndReportsTheBlocksFailure() throws Exception {
        start(new WithAzureCertStep("azure"), new FakeAzureCredentials("azure", certificate, "pw", null, null));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        Path folder = Path.of(env.get("AZURE_CERTIFICATE_PFX")).getParent();

        IllegalStateException failure = new IllegalStateException("script failed");
        bodyCallback().onFailure(context, failure);

        verify(context, timeout(WAIT)).onFailure(failure);
        assertNothingLeft(folder);
    }

    @Test
    void servicePrincipalAndRenamedVariables() throws Exception {
        WithAzureCertStep step = new WithAzureCertStep("azure");
        step.setPfxVariable("MY_PFX");
        step.setPasswordVariable(" MY_PASSWORD ");
        step.setCerVariable("");
        start(step, new FakeAzureCredentials("azure", certificate, "pw", "tenant-1", "client-1"));

        EnvVars env = new EnvVars();
        EnvironmentExpander expander = bodyContext(EnvironmentExpander.class);
        expander.expand(env);
        assertTrue(env.containsKey("MY_PFX"));
        assertFalse(env.containsKey("AZURE_CERTIFICATE_PFX"));
        assertTrue(env.containsKey("AZURE_CERTIFICATE_CER"));
        assertEquals(Set.of("MY_PASSWORD", "ARM_CLIENT_CERTIFICATE_PASSWORD"), expander.getSensitiveVariables());
        assertEquals(env.get("MY_PASSWORD"), env.get("ARM_CLIENT_CERTIFICATE_PASSWORD"));
        assertEquals(env.get("MY_PFX"), env.get("ARM_CLIENT_CERTIFICATE_PATH"));
        assertEquals("client-1", env.get("ARM_CLIENT_ID"));
        assertEquals("tenant-1", env.get("ARM_TENANT_ID"));
        assertEquals(env.get("AZURE_SUBSCRIPTION_ID"), env.get("ARM_SUBSCRIPTION_ID"));
        assertEquals("public", env.get("ARM_ENVIRONMENT"));
        assertEquals("tenant-1", env.get("AZURE_TENANT_ID"));
        assertEquals("client-1", env.get("AZURE_CLIENT_ID"));
        assertEquals(env.get("AZURE_CERTIFICATE_PEM"), env.get("AZURE_CLIENT_CERTIFICATE_PATH"));
        assertFalse(env.containsKey("AZURE_AUTHORITY_HOST"), "the public cloud is the libraries' default");
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    @Test
    void sovereignCloudGetsItsEntraIdAuthority() throws Exception {
        start(
                new WithAzureCertStep("azure"),
                new FakeAzureCredentials("azure", certificate, "pw", "t", "c")
                        .inCloud("AZURE_CHINA", "https://management.core.chinacloudapi.cn"));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        assertEquals("https://login.chinacloudapi.cn", env.get("AZURE_AUTHORITY_HOST"));
        assertEquals("china", env.get("ARM_ENVIRONMENT"));
        assertEquals("https://management.core.chinacloudapi.cn", env.get("AZURE_SERVICE_MANAGEMENT_URL"));
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    @Test
    void customResourceManagerEndpointsGiveTheirAuthority() throws Exception {
        start(
                new WithAzureCertStep("azure"),
                new FakeAzureCredentials("azure", certificate, "pw", "t", "c")
                        .inCloud("AZURE_CHINA", "https://management.core.chinacloudapi.cn")
                        .withCustomEndpoints(
                                "https://adfs.local.azurestack.external",
                                "https://management.local.azurestack.external"));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        assertEquals("https://adfs.local.azurestack.external", env.get("AZURE_AUTHORITY_HOST"), "the custom one wins");
        assertFalse(
                env.values().contains("https://management.local.azurestack.external"),
                "no standard variable carries the Resource Manager URL");
        assertFalse(env.containsKey("ARM_ENVIRONMENT"), "azurerm takes a custom cloud from ARM_METADATA_HOSTNAME");
        assertEquals("c", env.get("ARM_CLIENT_ID"));
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    @Test
    void pfxHasASha1MacByDefault() throws Exception {
        start(new WithAzureCertStep("azure"), new FakeAzureCredentials("azure", certificate, "pw", null, null));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        assertEquals(OIWObjectIdentifiers.idSHA1, macDigest(env.get("AZURE_CERTIFICATE_PFX")));
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    @Test
    void modernPfxHasASha256Mac() throws Exception {
        WithAzureCertStep step = new WithAzureCertStep("azure");
        step.setModernPfx(true);
        start(step, new FakeAzureCredentials("azure", certificate, "pw", null, null));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        assertEquals(NISTObjectIdentifiers.id_sha256, macDigest(env.get("AZURE_CERTIFICATE_PFX")));
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    private static ASN1ObjectIdentifier macDigest(String pfx) throws Exception {
        return new PKCS12PfxPdu(Files.readAllBytes(Path.of(pfx)))
                .getMacAlgorithmID()
                .getAlgorithm();
    }

    @Test
    void halfOfTheCustomEndpointsIsIgnoredAsTestConnectionWouldRefuseIt() throws Exception {
        start(
                new WithAzureCertStep("azure"),
                new FakeAzureCredentials("azure", certificate, "pw", "t", "c")
                        .withCustomEndpoints("https://login.example.test", null));
        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        assertFalse(env.containsKey("AZURE_AUTHORITY_HOST"), env.keySet()::toString);
        bodyCallback().onSuccess(context, null);
        verify(context, timeout(WAIT)).onSuccess(null);
    }

    @Test
    void deletesTheFilesWhenTheBlockCannotStart() throws Exception {
        IllegalStateException refused = new IllegalStateException("body refused");
        when(invoker.start()).thenThrow(refused);
        new WithAzureCertStepExecution(
                        new WithAzureCertStep("azure"),
                        context,
                        (id, run) -> new FakeAzureCredentials(id, certificate, "pw", null, null))
                .start();
        assertSame(refused, awaitFailure(IllegalStateException.class));
        assertNothingLeft(agentRoot.resolve("workspace/job@tmp/azure-mgmt-cert/x"));
    }

    /**
     * Pipeline saves the program when the block's first step starts, which can be before {@code start}'s thread has
     * finished: the saved copy then still says "starting". A hard stop of the controller at that moment (seen in the
     * real Jenkins of the end-to-end tests) must not fail the step on resume, since its block resumes.
     */
    @Test
    void resumesWhenTheProgramWasSavedWhileTheStartThreadWasFinishing() throws Exception {
        String[] savedThreadName = new String[1];
        WithAzureCertStepExecution execution = startRecordingTheStartThread(savedThreadName);
        assertTrue(savedThreadName[0] != null, "the start thread's name was not set while the block started");
        bodyCallback().onStart(context); // Pipeline launches the block, then saves the program

        threadName().set(execution, savedThreadName[0]); // the state read back after the restart
        execution.onResume();

        verify(context, never()).onFailure(any());
    }

    @Test
    void aBlockNotYetLaunchedWhenTheProgramWasSavedCannotResume() throws Exception {
        String[] savedThreadName = new String[1];
        WithAzureCertStepExecution execution = startRecordingTheStartThread(savedThreadName);

        EnvVars env = new EnvVars();
        bodyContext(EnvironmentExpander.class).expand(env);
        Path folder = Path.of(env.get("AZURE_CERTIFICATE_PFX")).getParent();
        assertTrue(Files.isDirectory(folder));

        threadName().set(execution, savedThreadName[0]); // saved before Pipeline launched the block
        execution.onResume();
        assertInstanceOf(SynchronousResumeNotSupportedException.class, awaitFailureNoSuccess());
        // the files written before the restart cut the start off are deleted
        long deadline = System.currentTimeMillis() + WAIT;
        while (Files.exists(folder) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertNothingLeft(folder);
    }

    @Test
    void aStartCutOffBeforeTheBlockCannotResume() throws Exception {
        WithAzureCertStepExecution execution =
                new WithAzureCertStepExecution(new WithAzureCertStep("azure"), context, (id, run) -> {
                    throw new AssertionError("not started");
                });
        threadName().set(execution, "start thread"); // saved while looking the credential up
        execution.onResume();
        assertInstanceOf(SynchronousResumeNotSupportedException.class, awaitFailureNoSuccess());
    }

    /**
     * Starts an execution whose block start records, in {@code savedThreadName}, what a program saved at that moment
     * would hold: the name of the start thread, which is still running. Returns once the block was started.
     */
    private WithAzureCertStepExecution startRecordingTheStartThread(String[] savedThreadName) throws Exception {
        WithAzureCertStepExecution execution = new WithAzureCertStepExecution(
                new WithAzureCertStep("azure"),
                context,
                (id, run) -> new FakeAzureCredentials(id, certificate, "pw", null, null));
        when(invoker.start()).thenAnswer(call -> {
            savedThreadName[0] = (String) threadName().get(execution);
            return null;
        });
        execution.start();
        verify(invoker, timeout(WAIT)).start();
        return execution;
    }

    private static java.lang.reflect.Field threadName() throws NoSuchFieldException {
        java.lang.reflect.Field field = GeneralNonBlockingStepExecution.class.getDeclaredField("threadName");
        field.setAccessible(true);
        return field;
    }

    private Throwable awaitFailureNoSuccess() {
        ArgumentCaptor<Throwable> captor = ArgumentCaptor.forClass(Throwable.class);
        verify(context, timeout(WAIT)).onFailure(captor.capture());
        return captor.getValue();
    }

    @Test
    void withoutAWorkspaceFailsTellingToUseNode() throws Exception {
        when(context.get(FilePath.class)).thenReturn(null);
        new WithAzureCertStepExecution(new WithAzureCertStep("azure"), context, (id, run) -> {
                    throw new AssertionError("no look-up without a workspace");
                })
                .start();
        AbortException failure = awaitFailure(AbortException.class);
        assertTrue(failure.getMessage().contains("node"), failure.getMessage());
        verify(invoker, never()).start();
    }

    @Test
    void missingCredentialFailsWithTheLookupsMessageAndWritesNothing() throws Exception {
        AzureCertificateNotFoundException missing = new AzureCertificateNotFoundException("no such credential");
        new WithAzureCertStepExecution(new WithAzureCertStep("nope"), context, (id, run) -> {
                    throw missing;
                })
                .start();
        assertSame(missing, awaitFailure(AzureCertificateNotFoundException.class));
        assertFalse(Files.exists(agentRoot.resolve("workspace/job@tmp/azure-mgmt-cert")));
    }

    @Test
    void invalidVariableNameFailsBeforeAnythingIsWritten() throws Exception {
        WithAzureCertStep step = new WithAzureCertStep("azure");
        step.setPasswordVariable("not valid");
        new WithAzureCertStepExecution(
                        step, context, (id, run) -> new FakeAzureCredentials(id, certificate, "pw", null, null))
                .start();
        AbortException failure = awaitFailure(AbortException.class);
        assertTrue(failure.getMessage().contains("not valid"), failure.getMessage());
        assertFalse(Files.exists(agentRoot.resolve("workspace/job@tmp/azure-mgmt-cert")));
    }

    private void start(WithAzureCertStep step, FakeAzureCredentials credentials) throws Exception {
        new WithAzureCertStepExecution(step, context, (id, run) -> credentials).start();
        verify(invoker, timeout(WAIT)).start();
    }

    private <T> T bodyContext(Class<T> type) {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(invoker, org.mockito.Mockito.atLeastOnce()).withContext(captor.capture());
        return captor.getAllValues().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private BodyExecutionCallback bodyCallback() {
        ArgumentCaptor<BodyExecutionCallback> captor = ArgumentCaptor.forClass(BodyExecutionCallback.class);
        verify(invoker).withCallback(captor.capture());
        return captor.getValue();
    }

    private <T extends Throwable> T awaitFailure(Class<T> type) {
        ArgumentCaptor<Throwable> captor = ArgumentCaptor.forClass(Throwable.class);
        verify(context, timeout(WAIT)).onFailure(captor.capture());
        verify(context, never()).onSuccess(any());
        return assertInstanceOf(type, captor.getValue());
    }

    static String throughFilter(ConsoleLogFilter filter, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream decorated = filter.decorateLogger((Run) null, out)) {
            decorated.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertNothingLeft(Path folder) throws Exception {
        assertFalse(Files.exists(folder), folder + " still exists");
        // the last clean-up deletes the folder of certificate folders too: <workspace>@tmp is as before
        assertFalse(Files.exists(folder.getParent()), folder.getParent() + " still exists");
    }
}
