package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.ContextInPath;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.credentials.CertificateSummary;
import io.jenkins.plugins.azuremgmtcert.credentials.SecretFileLookups;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.publishsettings.PublishSettingsFile;
import java.time.Clock;
import java.util.Objects;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Secret file credential (plain-credentials) that already holds the certificate: a {@code .pfx}/{@code .p12}, a PEM
 * file with certificate and key, or a {@code .publishsettings} file, with the password of the {@code .pfx} or of the
 * encrypted PEM key when there is one. The credential keeps only the reference (ID and password) and resolves it
 * where it is used: a build's context ({@code forRun}), the form's context as the person using it (saving, Test
 * Connection), Jenkins itself (the pages, the expiry monitor). So replacing the Secret file replaces the certificate
 * of every credential that refers to it.
 */
public final class SecretFileCertificateSource extends CertificateSource {
    private final String secretFileCredentialsId;
    private Secret secretFilePassword;

    @DataBoundConstructor
    public SecretFileCertificateSource(@CheckForNull String secretFileCredentialsId) {
        this.secretFileCredentialsId = secretFileCredentialsId == null ? "" : secretFileCredentialsId.trim();
    }

    /** The ID of the Secret file credential, empty when none was chosen. */
    @NonNull
    public String getSecretFileCredentialsId() {
        return secretFileCredentialsId;
    }

    /** The password of the {@code .pfx} or of the encrypted PEM key, or {@code null} when it has none. */
    @CheckForNull
    public Secret getSecretFilePassword() {
        return secretFilePassword;
    }

    @DataBoundSetter
    public void setSecretFilePassword(@CheckForNull Secret secretFilePassword) {
        this.secretFilePassword =
                secretFilePassword == null || secretFilePassword.getPlainText().isEmpty() ? null : secretFilePassword;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        if (secretFileCredentialsId.isEmpty()) {
            throw new CertificateSourceException(Messages.SecretFileCertificateSource_NoId());
        }
        FileCredentials file = request.secretFiles().find(secretFileCredentialsId);
        if (file == null) {
            throw new CertificateSourceException(
                    Messages.SecretFileCertificateSource_NotFound(secretFileCredentialsId));
        }
        return read(file, request.subscriptionId()).fromSecretFile(this);
    }

    /**
     * The certificate the Secret file holds; a {@code .publishsettings} file gives its subscription too (the one
     * named, or its only one).
     *
     * @throws CertificateSourceException if the file cannot be read or holds no usable certificate; the message names
     *     the Secret file
     */
    @NonNull
    public SourcedCertificate read(@NonNull FileCredentials file, @CheckForNull String subscriptionId)
            throws CertificateSourceException {
        byte[] data = SecretFileContent.read(file, PublishSettingsFile.MAX_BYTES);
        try {
            if (isXml(data)) {
                return PublishSettingsCertificateSource.fromFile(data, subscriptionId);
            }
            if (data.length > CertificateLoader.MAX_INPUT_BYTES) {
                throw new CertificateSourceException(
                        Messages.SecretFileCertificateSource_TooLarge(file.getId(), CertificateLoader.MAX_INPUT_BYTES));
            }
            return SourcedCertificate.of(
                    SecretPasswordLoad.load(secretFilePassword, password -> CertificateLoader.load(data, password)));
        } catch (CertificateSourceException e) {
            // the domain's message speaks of "the file": say which one
            throw new CertificateSourceException(
                    Messages.SecretFileCertificateSource_Unusable(file.getId(), e.getMessage()), e);
        }
    }

    /** Whether the content is XML (a publish settings file) rather than PKCS#12 (DER) or PEM text. */
    static boolean isXml(byte[] data) {
        int i = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < data.length && Character.isWhitespace(data[i])) {
            i++;
        }
        return i < data.length && data[i] == '<';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretFileCertificateSource other
                && secretFileCredentialsId.equals(other.secretFileCredentialsId)
                && Secret.toString(secretFilePassword).equals(Secret.toString(other.secretFilePassword));
    }

    @Override
    public int hashCode() {
        return Objects.hash(secretFileCredentialsId);
    }

    @Override
    public String toString() {
        return "SecretFileCertificateSource{secretFileCredentialsId=" + secretFileCredentialsId
                + ", secretFilePassword=" + (secretFilePassword == null ? "none" : "******") + "}";
    }

    /** Shown as "A Secret file credential". */
    @Extension(ordinal = 35)
    @Symbol("secretFile")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.SecretFileCertificateSource_DisplayName();
        }

        /**
         * The Secret file credentials the user may see in the form's context (not the System-scoped ones, which
         * builds cannot use); only the current value unless the user may create or update credentials there.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillSecretFileCredentialsIdItems(
                @ContextInPath ModelObject context, @QueryParameter String secretFileCredentialsId) {
            return SecretFileLookups.items(context, secretFileCredentialsId);
        }

        /**
         * Describes the certificate the chosen Secret file holds (subject, thumbprint, expiry) or says why it cannot
         * be used. It reads a stored secret, so it needs what Test Connection needs (Credentials/Create or Update in
         * the form's context), checked before anything is looked up; without it the check says nothing.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckSecretFileCredentialsId(
                @ContextInPath ModelObject context,
                @QueryParameter String value,
                @QueryParameter String secretFilePassword) {
            if (value == null || value.isBlank() || !SecretFileLookups.mayRead(context)) {
                return FormValidation.ok();
            }
            SecretFileCertificateSource source = new SecretFileCertificateSource(value);
            source.setSecretFilePassword(Secret.fromString(secretFilePassword));
            try {
                SourcedCertificate sourced = source.resolve(
                        new SourceRequest("check", null, false, null, SecretFileLookups.inForm(context)));
                return CertificateSummary.of(sourced.certificate()).toFormValidation(Clock.systemUTC());
            } catch (CertificateSourceException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
