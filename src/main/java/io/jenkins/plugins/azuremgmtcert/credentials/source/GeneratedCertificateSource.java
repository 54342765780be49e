package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * A new self-signed certificate, {@code CN=Jenkins - {description or ID}}, RSA 2048 bits unless chosen otherwise,
 * valid two years. It is generated once, when a person saves the form; the saved credential then keeps it (the edit
 * form offers "Keep the saved certificate"). Outside a form submission, e.g. configuration as code, it refuses, so
 * that re-applying configuration never replaces a certificate silently.
 */
public final class GeneratedCertificateSource extends CertificateSource {
    /** The key size used unless the user picks another. */
    public static final int DEFAULT_KEY_SIZE = 2048;

    private int keySize = DEFAULT_KEY_SIZE;

    @DataBoundConstructor
    public GeneratedCertificateSource() {
        // everything is optional
    }

    /** The RSA key size in bits: 2048, 3072 or 4096. */
    public int getKeySize() {
        return keySize;
    }

    @DataBoundSetter
    public void setKeySize(int keySize) {
        this.keySize = keySize;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        if (!request.interactive()) {
            throw new CertificateSourceException(Messages.GeneratedCertificateSource_NotInteractive());
        }
        try {
            return SourcedCertificate.of(CertificateGenerator.forName(request.certificateName())
                    .keySize(keySize)
                    .generate());
        } catch (IllegalArgumentException e) {
            throw new CertificateSourceException(Messages.GeneratedCertificateSource_BadKeySize(keySize), e);
        }
    }

    @Override
    public String toString() {
        return "GeneratedCertificateSource{keySize=" + keySize + "}";
    }

    /** Shown as "Generate a new certificate". */
    @Extension(ordinal = 20)
    @Symbol("generated")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GeneratedCertificateSource_DisplayName();
        }

        /** The key sizes on offer; a fixed list, so anyone who can open the form may have it. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillKeySizeItems() {
            ListBoxModel model = new ListBoxModel();
            for (int size : new int[] {2048, 3072, 4096}) {
                model.add(Messages.GeneratedCertificateSource_KeySize(size), Integer.toString(size));
            }
            return model;
        }
    }
}
