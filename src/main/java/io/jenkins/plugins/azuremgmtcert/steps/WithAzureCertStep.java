package io.jenkins.plugins.azuremgmtcert.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.Pkcs12Encryption;
import io.jenkins.plugins.azuremgmtcert.domain.files.ArmVariableNames;
import io.jenkins.plugins.azuremgmtcert.domain.files.AzureVariableNames;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code withAzureCert(credentialsId: 'id') { … }}: runs its block with an Azure management certificate written to
 * private files beside the workspace and described by environment variables ({@code AZURE_SUBSCRIPTION_ID}, {@code
 * AZURE_CERTIFICATE_PFX}, …, and with a service principal the Azure Identity and the azurerm provider's {@code ARM_}
 * variables; all but the Azure Identity ones may be renamed), then deletes the files. The {@code .pfx} is in the
 * format every reader opens unless {@code modernPfx} asks for AES-256.
 */
public final class WithAzureCertStep extends Step {

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

    /** A step using the credential {@code credentialsId}. */
    @DataBoundConstructor
    public WithAzureCertStep(String credentialsId) {
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

    /** The variable names this step gives, defaults filled in; an {@link AbortException} if one is invalid. */
    AzureVariableNames variableNames() throws AbortException {
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
    public StepExecution start(StepContext context) {
        return new WithAzureCertStepExecution(this, context);
    }

    /** The step's descriptor: function {@code withAzureCert}, a block, the Snippet Generator's credential list. */
    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "withAzureCert";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.WithAzureCertStep_DisplayName();
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        /** Run and TaskListener only: the workspace is checked when the step starts, to explain {@code node}. */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /** Only the credential ID, whatever else was given: the build's history shows no more. */
        @Override
        public String argumentsToString(@NonNull Map<String, Object> namedArgs) {
            Object id = namedArgs.get("credentialsId");
            return id instanceof String text ? text : null;
        }

        /** The certificate credentials the user may pick for {@code item}; see {@link CredentialsIdItems}. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsIdItems.forItem(item, credentialsId);
        }
    }
}
