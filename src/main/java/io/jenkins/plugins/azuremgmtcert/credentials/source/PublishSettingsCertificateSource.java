package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsException;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFile;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsSubscription;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.fileupload2.core.FileItem;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A {@code .publishsettings} file as the Azure portal issued it for the Service Management API. The subscription and
 * its Service Management URL come from the file; when it holds several subscriptions the credential's Subscription ID
 * picks one. As for an upload, the page's script copies the chosen file into the hidden field, and the file input is
 * bound too ({@link #setPublishSettingsFile}) so that saving does not depend on the script.
 */
public final class PublishSettingsCertificateSource extends CertificateSource {
    private SecretBytes publishSettings;

    /** A submitted file refused for its size; never saved, since such a source never resolves. */
    @CheckForNull
    private transient SubmittedFile tooLarge;

    @DataBoundConstructor
    public PublishSettingsCertificateSource(@CheckForNull SecretBytes publishSettings) {
        this.publishSettings = publishSettings;
    }

    /**
     * The file as the browser submitted it; when it holds a file, it replaces what the hidden field carried. Larger
     * than {@link PublishSettingsFile#MAX_BYTES} it is not read, and {@link #resolve} refuses it. No getter: it is
     * only an input of the form.
     */
    @DataBoundSetter
    public void setPublishSettingsFile(@CheckForNull FileItem<?> publishSettingsFile) throws IOException {
        SubmittedFile file = SubmittedFile.read(publishSettingsFile, PublishSettingsFile.MAX_BYTES);
        if (file == null) {
            return;
        }
        tooLarge = file.tooLarge() ? file : null;
        publishSettings = file.content();
    }

    /** The uploaded file (it embeds the private key, so it is a secret). */
    @CheckForNull
    public SecretBytes getPublishSettings() {
        return publishSettings;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        if (tooLarge != null) {
            throw new CertificateSourceException(
                    Messages.SubmittedFile_TooLarge(tooLarge.size(), PublishSettingsFile.MAX_BYTES));
        }
        byte[] data = SecretBytes.getPlainData(publishSettings);
        if (data.length == 0) {
            throw new CertificateSourceException(Messages.PublishSettingsCertificateSource_NoFile());
        }
        return fromFile(data, request.subscriptionId());
    }

    /** The certificate of the subscription a publish settings file holds, or of the one the user entered. */
    @NonNull
    static SourcedCertificate fromFile(@NonNull byte[] data, @CheckForNull String subscriptionId)
            throws CertificateSourceException {
        try {
            PublishSettingsSubscription subscription = pick(PublishSettingsFile.parse(data), subscriptionId);
            return SourcedCertificate.forSubscription(
                    subscription.loadCertificate(), subscription.id(), subscription.serviceManagementUrl());
        } catch (PublishSettingsException e) {
            throw new CertificateSourceException(e.getMessage(), e);
        }
    }

    private static PublishSettingsSubscription pick(PublishSettingsFile file, @CheckForNull String subscriptionId)
            throws PublishSettingsException, CertificateSourceException {
        if (subscriptionId != null && !subscriptionId.isBlank()) {
            return file.subscription(subscriptionId);
        }
        List<PublishSettingsSubscription> all = file.subscriptions();
        if (all.size() > 1) {
            throw new CertificateSourceException(
                    Messages.PublishSettingsCertificateSource_PickSubscription(all.size(), describe(all)));
        }
        return all.get(0);
    }

    static String describe(List<PublishSettingsSubscription> subscriptions) {
        return subscriptions.stream().map(s -> s.id() + " (" + s.name() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "PublishSettingsCertificateSource{publishSettings=******}";
    }

    /** Shown as "Import a .publishsettings file". */
    @Extension(ordinal = 30)
    @Symbol("publishSettings")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PublishSettingsCertificateSource_DisplayName();
        }

        /** Lists the subscriptions the chosen file holds, or says why it cannot be used; parses only (no permission). */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckPublishSettings(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.ok();
            }
            try {
                PublishSettingsFile file =
                        PublishSettingsFile.parse(SecretBytes.getPlainData(SecretBytes.fromString(value)));
                return FormValidation.ok(Messages.PublishSettingsCertificateSource_Holds(
                        file.subscriptions().size(), describe(file.subscriptions())));
            } catch (PublishSettingsException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
