package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.console.ConsoleLogFilter;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildWrapperDescriptor;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentials;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.files.ArmVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.tasks.SimpleBuildWrapper;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Use Azure management certificate" for freestyle jobs: the same files and variables as {@code withAzureCert}, set
 * up before the build steps and deleted after them, with the password masked in the console.
 *
 * <p>Pipeline can use it too, through {@code wrap([$class: 'AzureCertificateBuildWrapper', ...])}. There Jenkins sets
 * the wrapper up before it asks for the console filter, on a wrapper made for that one block, and the filter gets no
 * build ({@code TaskListenerDecorator} passes none): so the filter is given the block's secrets themselves. Failures
 * of the steps inside such a block are not masked ({@code wrap} offers no hook for it); {@code withAzureCert} masks
 * them.
 */
public final class AzureCertificateBuildWrapper extends SimpleBuildWrapper {

    private final String credentialsId;
    private String subscriptionIdVariable;
    private String serviceManagementUrlVariable;
    private String thumbprintVariable;
    private String pfxVariable;
    private String passwordVariable;
    private String pemVariable;
    private String cerVariable;
    private String armClientIdVariable;
    private String armTenantIdVariable;
    private String armSubscriptionIdVariable;
    private String armClientCertificatePathVariable;
    private String armClientCertificatePasswordVariable;
    private String armEnvironmentVariable;
    private boolean modernPfx;

    /**
     * The secret values of the block, when Pipeline's {@code wrap} step set this wrapper up (its own instance, made
     * from the step's arguments); never set for a freestyle job's wrapper, which every build of the job shares.
     */
    @CheckForNull
    private transient List<String> blockSecrets;

    /** A wrapper using the credential {@code credentialsId}. */
    @DataBoundConstructor
    public AzureCertificateBuildWrapper(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    public @CheckForNull String getSubscriptionIdVariable() {
        return subscriptionIdVariable;
    }

    @DataBoundSetter
    public void setSubscriptionIdVariable(@CheckForNull String subscriptionIdVariable) {
        this.subscriptionIdVariable = VariableNameSettings.normalise(subscriptionIdVariable);
    }

    public @CheckForNull String getServiceManagementUrlVariable() {
        return serviceManagementUrlVariable;
    }

    @DataBoundSetter
    public void setServiceManagementUrlVariable(@CheckForNull String serviceManagementUrlVariable) {
        this.serviceManagementUrlVariable = VariableNameSettings.normalise(serviceManagementUrlVariable);
    }

    public @CheckForNull String getThumbprintVariable() {
        return thumbprintVariable;
    }

    @DataBoundSetter
    public void setThumbprintVariable(@CheckForNull String thumbprintVariable) {
        this.thumbprintVariable = VariableNameSettings.normalise(thumbprintVariable);
    }

    public @CheckForNull String getPfxVariable() {
        return pfxVariable;
    }

    @DataBoundSetter
    public void setPfxVariable(@CheckForNull String pfxVariable) {
        this.pfxVariable = VariableNameSettings.normalise(pfxVariable);
    }

    public @CheckForNull String getPasswordVariable() {
        return passwordVariable;
    }

    @DataBoundSetter
    public void setPasswordVariable(@CheckForNull String passwordVariable) {
        this.passwordVariable = VariableNameSettings.normalise(passwordVariable);
    }

    public @CheckForNull String getPemVariable() {
        return pemVariable;
    }

    @DataBoundSetter
    public void setPemVariable(@CheckForNull String pemVariable) {
        this.pemVariable = VariableNameSettings.normalise(pemVariable);
    }

    public @CheckForNull String getCerVariable() {
        return cerVariable;
    }

    @DataBoundSetter
    public void setCerVariable(@CheckForNull String cerVariable) {
        this.cerVariable = VariableNameSettings.normalise(cerVariable);
    }

    public @CheckForNull String getArmClientIdVariable() {
        return armClientIdVariable;
    }

    @DataBoundSetter
    public void setArmClientIdVariable(@CheckForNull String armClientIdVariable) {
        this.armClientIdVariable = VariableNameSettings.normalise(armClientIdVariable);
    }

    public @CheckForNull String getArmTenantIdVariable() {
        return armTenantIdVariable;
    }

    @DataBoundSetter
    public void setArmTenantIdVariable(@CheckForNull String armTenantIdVariable) {
        this.armTenantIdVariable = VariableNameSettings.normalise(armTenantIdVariable);
    }

    public @CheckForNull String getArmSubscriptionIdVariable() {
        return armSubscriptionIdVariable;
    }

    @DataBoundSetter
    public void setArmSubscriptionIdVariable(@CheckForNull String armSubscriptionIdVariable) {
        this.armSubscriptionIdVariable = VariableNameSettings.normalise(armSubscriptionIdVariable);
    }

    public @CheckForNull String getArmClientCertificatePathVariable() {
        return armClientCertificatePathVariable;
    }

    @DataBoundSetter
    public void setArmClientCertificatePathVariable(@CheckForNull String armClientCertificatePathVariable) {
        this.armClientCertificatePathVariable = VariableNameSettings.normalise(armClientCertificatePathVariable);
    }

    public @CheckForNull String getArmClientCertificatePasswordVariable() {
        return armClientCertificatePasswordVariable;
    }

    @DataBoundSetter
    public void setArmClientCertificatePasswordVariable(@CheckForNull String armClientCertificatePasswordVariable) {
        this.armClientCertificatePasswordVariable =
                VariableNameSettings.normalise(armClientCertificatePasswordVariable);
    }

    public @CheckForNull String getArmEnvironmentVariable() {
        return armEnvironmentVariable;
    }

    @DataBoundSetter
    public void setArmEnvironmentVariable(@CheckForNull String armEnvironmentVariable) {
        this.armEnvironmentVariable = VariableNameSettings.normalise(armEnvironmentVariable);
    }

    /** Whether the {@code .pfx} is written in the modern format (AES-256) rather than the one every reader opens. */
    public boolean isModernPfx() {
        return modernPfx;
    }

    @DataBoundSetter
    public void setModernPfx(boolean modernPfx) {
        this.modernPfx = modernPfx;
    }

    /** The format of the {@code .pfx} this block gets. */
    Pkcs12Encryption pfxEncryption() {
        return VariableNameSettings.pfxEncryption(modernPfx);
    }

    private AzureVariableNames variableNames() throws AbortException {
        return VariableNameSettings.toNames(() -> AzureVariableNames.withOverrides(
                        subscriptionIdVariable,
                        serviceManagementUrlVariable,
                        thumbprintVariable,
                        pfxVariable,
                        passwordVariable,
                        pemVariable,
                        cerVariable)
                .withArm(ArmVariableNames.withOverrides(
                        armClientIdVariable,
                        armTenantIdVariable,
                        armSubscriptionIdVariable,
                        armClientCertificatePathVariable,
                        armClientCertificatePasswordVariable,
                        armEnvironmentVariable)));
    }

    @Override
    public void setUp(
            Context context,
            Run<?, ?> build,
            FilePath workspace,
            Launcher launcher,
            TaskListener listener,
            EnvVars initialEnvironment)
            throws IOException, InterruptedException {
        AzureVariableNames names = variableNames();
        AzureManagementCertificateCredentials credentials = AzureCertificateLookup.find(credentialsId, build);
        BoundCertificate bound = CertificateBinder.bind(credentials, workspace, names, pfxEncryption());
        AzureEnvironmentVariables variables = bound.variables();
        try {
            variables.all().forEach(context::env);
        } catch (RuntimeException e) {
            // e.g. another wrapper already set one of the names: no disposer will run, so delete the files now
            try {
                CertificateBinder.unbind(workspace, bound.folderName());
            } catch (IOException cleanupFailure) {
                e.addSuppressed(cleanupFailure);
            }
            throw e;
        }
        remember(build, List.copyOf(variables.secretValues().values()));
        context.setDisposer(new Cleanup(bound.folderName()));
        listener.getLogger()
                .println(Messages.WithAzureCertStep_Bound(
                        bound.thumbprint(),
                        String.join(", ", variables.all().keySet()),
                        CertificateBinder.maskedNames(variables)));
    }

    /**
     * Keeps the build's secret values for the console filter: by build for freestyle (the filter exists before the
     * set-up), and also on this wrapper when the build is not a freestyle one (Pipeline's {@code wrap}, which asks for
     * the filter after the set-up and decorates without a build).
     */
    void remember(Run<?, ?> build, List<String> secretValues) {
        FreestyleSecrets.put(build, secretValues);
        if (!(build instanceof AbstractBuild)) {
            blockSecrets = List.copyOf(secretValues);
        }
    }

    @Override
    public ConsoleLogFilter createLoggerDecorator(@NonNull Run<?, ?> build) {
        List<String> secrets = blockSecrets;
        return new Filter(build.getCharset().name(), secrets == null ? List.of() : secrets);
    }

    @Override
    public void makeSensitiveBuildVariables(AbstractBuild build, Set<String> sensitiveVariables) {
        try {
            AzureVariableNames names = variableNames();
            sensitiveVariables.add(names.password());
            sensitiveVariables.add(names.arm().clientCertificatePassword());
        } catch (AbortException e) {
            // setUp fails the build with this message; there is no password variable to hide
        }
    }

    /**
     * Masks the build's secret values once {@link #setUp} has registered them, and the block's own values given when
     * it was made (Pipeline's {@code wrap}; kept as {@link Secret}s, since Pipeline saves the filter with the program).
     */
    private static final class Filter extends ConsoleLogFilter implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String charsetName;
        private final ArrayList<Secret> blockSecrets = new ArrayList<>();

        Filter(String charsetName, List<String> blockSecrets) {
            this.charsetName = charsetName;
            for (String value : blockSecrets) {
                this.blockSecrets.add(Secret.fromString(value));
            }
        }

        @Override
        public OutputStream decorateLogger(Run build, OutputStream logger) {
            Run<?, ?> run = build;
            List<Secret> own = blockSecrets;
            return new MaskingOutputStream(
                    logger,
                    () -> {
                        List<String> values = new ArrayList<>();
                        own.forEach(secret -> values.add(secret.getPlainText()));
                        if (run != null) {
                            values.addAll(FreestyleSecrets.of(run));
                        }
                        return values;
                    },
                    charsetName);
        }
    }

    /** Deletes the certificate folder after the build steps and forgets the build's secrets. */
    private static final class Cleanup extends Disposer {
        private static final long serialVersionUID = 1L;
        private final String folderName;

        Cleanup(String folderName) {
            this.folderName = folderName;
        }

        @Override
        public void tearDown(Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
                throws IOException, InterruptedException {
            try {
                CertificateBinder.unbind(workspace, folderName);
            } finally {
                FreestyleSecrets.remove(build);
            }
        }
    }

    /** "Use Azure management certificate" in the Build Environment section. */
    @Extension
    public static final class DescriptorImpl extends BuildWrapperDescriptor {

        @Override
        public boolean isApplicable(AbstractProject<?, ?> item) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.AzureCertificateBuildWrapper_DisplayName();
        }

        /** The certificate credentials the user may pick for {@code item}; see {@link CredentialsIdItems}. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsIdItems.forItem(item, credentialsId);
        }
    }
}
