package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.io.IOException;
import org.apache.commons.fileupload2.core.FileItem;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * An uploaded {@code .pfx}/{@code .p12} (or a PEM file with certificate and key) and its password. On the form a
 * small adjunct script reads the chosen file into the hidden {@code keyStore} field as Base64, so validation and Test
 * Connection see it before the credential is saved; configuration as code passes it the same way
 * ({@code ${readFileBase64:...}}). The file input itself is also submitted ({@code jsonAware}, as the credentials
 * plugin's {@code UploadedKeyStoreSource} does) and bound by {@link #setKeyStoreFile}, so saving works even when the
 * script has not finished reading the file.
 */
public final class UploadedCertificateSource extends CertificateSource {
    private SecretBytes keyStore;
    private final Secret keyStorePassword;

    /** A submitted file refused for its size; never saved, since such a source never resolves. */
    @CheckForNull
    private transient SubmittedFile tooLarge;

    @DataBoundConstructor
    public UploadedCertificateSource(@CheckForNull SecretBytes keyStore, @CheckForNull Secret keyStorePassword) {
        this.keyStore = keyStore;
        this.keyStorePassword = keyStorePassword;
    }

    /**
     * The file as the browser submitted it (the form's file input); when it holds a file, it replaces what the hidden
     * {@code keyStore} field carried, which may be empty if the page's script had not finished reading the file. A
     * file larger than {@link CertificateLoader#MAX_INPUT_BYTES} is not read at all; {@link #resolve} then refuses
     * it. There is no getter: the upload is only an input of the form (configuration as code sees no such field).
     */
    @DataBoundSetter
    public void setKeyStoreFile(@CheckForNull FileItem<?> keyStoreFile) throws IOException {
        SubmittedFile file = SubmittedFile.read(keyStoreFile, CertificateLoader.MAX_INPUT_BYTES);
        if (file == null) {
            return;
        }
        tooLarge = file.tooLarge() ? file : null;
        keyStore = file.content();
    }

    /** The uploaded file, as the form sent it (encrypted in memory and in every serialised form). */
    @CheckForNull
    public SecretBytes getKeyStore() {
        return keyStore;
    }

    /** The password of the uploaded file, or {@code null} if it has none. */
    @CheckForNull
    public Secret getKeyStorePassword() {
        return keyStorePassword;
    }

    /** Whether a file was uploaded at all. */
    public boolean isEmpty() {
        return SecretBytes.getPlainData(keyStore).length == 0;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        if (tooLarge != null) {
            throw new CertificateSourceException(
                    Messages.SubmittedFile_TooLarge(tooLarge.size(), CertificateLoader.MAX_INPUT_BYTES));
        }
        byte[] data = SecretBytes.getPlainData(keyStore);
        if (data.length == 0) {
            throw new CertificateSourceException(Messages.UploadedCertificateSource_NoFile());
        }
        ManagementCertificate certificate =
                SecretPasswordLoad.load(keyStorePassword, password -> CertificateLoader.load(data, password));
        return SourcedCertificate.withPassword(certificate, keyStorePassword);
    }

    @Override
    public String toString() {
        return "UploadedCertificateSource{keyStore=******, keyStorePassword=******}";
    }

    /** Shown as "Upload a .pfx file". */
    @Extension(ordinal = 50)
    @Symbol("uploaded")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.UploadedCertificateSource_DisplayName();
        }

        /**
         * Describes the chosen file (subject, thumbprint, expiry) or says why it cannot be used; parses only, so needs
         * no permission (as the credentials plugin's {@code CertificateCredentialsImpl.doCheckUploadedKeystore}).
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckKeyStore(@QueryParameter String value, @QueryParameter String keyStorePassword) {
            return SourceCheck.check(
                    value == null || value.isBlank(),
                    () -> new UploadedCertificateSource(
                            SecretBytes.fromString(value), Secret.fromString(keyStorePassword)));
        }
    }
}
