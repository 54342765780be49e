package io.jenkins.plugins.azuremgmtcert.credentials.source;

import com.cloudbees.plugins.credentials.SecretBytes;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * "Keep the saved certificate": the PKCS#12 keystore and password a saved credential holds. Configuration-as-code
 * export writes the credential with this source (both encrypted), so re-applying an export never replaces the
 * certificate. The edit form carries neither: saving it keeps the certificate of the credential being updated (
 * {@link SourceRequest#current()}), so no secret travels through the page, and core's masking of passwords for users
 * without Item/Configure (a folder's credentials managers) cannot break it.
 */
public final class StoredCertificateSource extends CertificateSource {
    private final SecretBytes storedKeyStore;
    private final Secret storedPassword;

    @DataBoundConstructor
    public StoredCertificateSource(@CheckForNull SecretBytes storedKeyStore, @CheckForNull Secret storedPassword) {
        this.storedKeyStore = storedKeyStore;
        this.storedPassword = storedPassword;
    }

    /** The keystore (PKCS#12) as stored. */
    @CheckForNull
    public SecretBytes getStoredKeyStore() {
        return storedKeyStore;
    }

    /** The keystore's password. */
    @CheckForNull
    public Secret getStoredPassword() {
        return storedPassword;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        byte[] data = SecretBytes.getPlainData(storedKeyStore);
        CertificateSource current = request.current();
        if (data.length == 0 && current != null && current != this) {
            // the saved credential's own certificate: its keystore, or the Secret file it refers to
            return current.resolve(new SourceRequest(
                    request.certificateName(),
                    request.subscriptionId(),
                    request.interactive(),
                    null,
                    request.secretFiles()));
        }
        if (data.length == 0) {
            throw new CertificateSourceException(Messages.StoredCertificateSource_Nothing());
        }
        Secret password = storedPassword;
        return SourcedCertificate.withPassword(
                SecretPasswordLoad.load(password, chars -> CertificateLoader.fromPkcs12(data, chars, null)), password);
    }

    @Override
    public String toString() {
        return "StoredCertificateSource{storedKeyStore=******, storedPassword=******}";
    }

    /** Shown as "Keep the saved certificate". */
    @Extension(ordinal = 100)
    @Symbol("stored")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.StoredCertificateSource_DisplayName();
        }

        /** Only a saved credential has a current certificate to keep. */
        @Override
        public boolean isForNewCredentials() {
            return false;
        }
    }
}
