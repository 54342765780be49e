package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.AbortException;
import hudson.FilePath;
import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.FailureHandler;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@code withAzureCert}: off the CPS thread (agent I/O), finds the credential, writes the certificate beside the
 * workspace, runs the block with the variables and the password masked, and deletes the files when the block ends,
 * whether it succeeds, fails or is aborted.
 *
 * <p>Restarts: the clean-up is a {@link TailCall} that holds only the folder's random name. Pipeline saves it with
 * the program, so when the controller restarts while the block runs, the block resumes (the files stay, since a
 * durable {@code sh} on the agent may still be reading them) and the clean-up runs when it ends, against the
 * workspace of the resumed context. Deleting in {@code onResume} instead would pull the files from under a running
 * block. The folder's random name is drawn in {@link #start} on the Pipeline thread, before any file is written, so
 * every saved copy of this execution holds it: if the controller stops after the files are written but before the
 * block starts, {@link #onResume} deletes them.
 *
 * <p>Failures of the steps in the block are masked too ({@link MaskingFailureHandler}): Pipeline prints them after
 * the block, where the console filter no longer applies.
 */
final class WithAzureCertStepExecution extends GeneralNonBlockingStepExecution {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WithAzureCertStepExecution.class.getName());

    @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "Only used when starting.")
    private final transient WithAzureCertStep step;

    @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "Only used when starting.")
    private final transient CredentialResolver resolver;

    /**
     * Set by the block's callback when Pipeline launches the block, on the Pipeline thread: every program saved from
     * then on holds the block, its clean-up callback and this flag together. See {@link #onResume}.
     */
    private boolean blockStarted;

    /** The name of the certificate folder this execution writes, drawn before anything is written. */
    private String folderName;

    WithAzureCertStepExecution(WithAzureCertStep step, StepContext context) {
        this(step, context, AzureCertificateLookup::find);
    }

    /** With another way to find the credential; for tests, which have no credential stores. */
    WithAzureCertStepExecution(WithAzureCertStep step, StepContext context, CredentialResolver resolver) {
        super(context);
        this.step = step;
        this.resolver = resolver;
    }

    @Override
    public boolean start() {
        folderName = CertificateBinder.newFolderName();
        run(this::doStart);
        return false;
    }

    private void doStart() throws Exception {
        StepContext context = getContext();
        FilePath workspace = context.get(FilePath.class);
        if (workspace == null) {
            throw new AbortException(Messages.WithAzureCertStep_NoWorkspace());
        }
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        AzureVariableNames names = step.variableNames();
        AzureManagementCertificateCredentials credentials = resolver.find(step.getCredentialsId(), run);
        BoundCertificate bound =
                CertificateBinder.bind(credentials, workspace, names, step.pfxEncryption(), folderName);
        try {
            AzureEnvironmentVariables variables = bound.variables();
            listener.getLogger()
                    .println(Messages.WithAzureCertStep_Bound(
                            bound.thumbprint(),
                            String.join(", ", variables.all().keySet()),
                            CertificateBinder.maskedNames(variables)));
            context.newBodyInvoker()
                    .withContext(EnvironmentExpander.merge(
                            context.get(EnvironmentExpander.class),
                            new AzureCertificateEnvironment(variables.publicValues(), variables.secretValues())))
                    .withContext(BodyInvoker.mergeConsoleLogFilters(
                            context.get(ConsoleLogFilter.class),
                            new SecretMaskingFilter(
                                    variables.secretValues().values(),
                                    run.getCharset().name())))
                    .withContext(FailureHandler.merge(
                            context.get(FailureHandler.class),
                            new MaskingFailureHandler(variables.secretValues().values())))
                    .withCallback(new Cleanup(bound.folderName()))
                    .start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the block never started, so its clean-up never runs: delete the files now
            try {
                CertificateBinder.unbind(workspace, bound.folderName());
            } catch (IOException | InterruptedException | RuntimeException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
    }

    /**
     * After a restart: if the block had started, it resumes with the program and its callback deletes the files when
     * it ends, so there is nothing to do, even when Pipeline saved the program while {@link #start}'s thread was
     * still returning from starting the block (the base class would then fail the step, and the build, although its
     * block can go on). Otherwise the start was cut off and cannot be resumed, as the base class reports, and the
     * files it may have written before the block would have started are deleted, in the background (the agent's
     * channel may still be coming back).
     */
    @Override
    public void onResume() {
        if (blockStarted) {
            return;
        }
        super.onResume();
        String leftOver = folderName;
        if (leftOver != null) {
            run(() -> deleteLeftOver(leftOver));
        }
    }

    private void deleteLeftOver(String leftOver) {
        try {
            FilePath workspace = getContext().get(FilePath.class);
            if (workspace == null) {
                LOGGER.log(
                        Level.WARNING,
                        "Could not delete the certificate folder {0} of a withAzureCert block cut"
                                + " off by a restart: its workspace is not available",
                        leftOver);
                return;
            }
            CertificateBinder.unbind(workspace, leftOver);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(
                    Level.WARNING,
                    "Could not delete the certificate folder " + leftOver
                            + " of a withAzureCert block cut off by a restart",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the execution finds the credential: {@link AzureCertificateLookup#find} outside tests. */
    @FunctionalInterface
    interface CredentialResolver {
        AzureManagementCertificateCredentials find(String credentialsId, Run<?, ?> build) throws AbortException;
    }

    /** Deletes the certificate folder when the block has ended. */
    private final class Cleanup extends TailCall {

        private static final long serialVersionUID = 1L;

        private final String folderName;

        Cleanup(String folderName) {
            this.folderName = folderName;
        }

        @Override
        public void onStart(StepContext context) {
            blockStarted = true;
        }

        @Override
        protected void finished(StepContext context) throws Exception {
            FilePath workspace = context.get(FilePath.class);
            if (workspace == null) {
                throw new AbortException(Messages.WithAzureCertStep_CleanupNoWorkspace(folderName));
            }
            CertificateBinder.unbind(workspace, folderName);
        }
    }
}
