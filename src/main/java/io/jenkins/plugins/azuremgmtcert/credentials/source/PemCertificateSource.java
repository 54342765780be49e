package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Pasted PEM text holding the certificate (and its chain) and the private key: PKCS#1, PKCS#8 or encrypted PKCS#8,
 * the last with {@link #setPemPassword(Secret) its password}.
 */
public final class PemCertificateSource extends CertificateSource {
    private final Secret pem;
    private Secret pemPassword;

    @DataBoundConstructor
    public PemCertificateSource(@CheckForNull Secret pem) {
        this.pem = pem;
    }

    /** The pasted text (it holds the private key, so it is a secret). */
    @CheckForNull
    public Secret getPem() {
        return pem;
    }

    /** The password of an encrypted private key, or {@code null}. */
    @CheckForNull
    public Secret getPemPassword() {
        return pemPassword;
    }

    @DataBoundSetter
    public void setPemPassword(@CheckForNull Secret pemPassword) {
        this.pemPassword = pemPassword;
    }

    @NonNull
    @Override
    public SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException {
        String text = Secret.toString(pem);
        if (text.isBlank()) {
            throw new CertificateSourceException(Messages.PemCertificateSource_NoText());
        }
        return SourcedCertificate.of(
                SecretPasswordLoad.load(pemPassword, password -> CertificateLoader.fromPem(text, password)));
    }

    @Override
    public String toString() {
        return "PemCertificateSource{pem=******}";
    }

    /** Shown as "Paste PEM text". */
    @Extension(ordinal = 40)
    @Symbol("pem")
    public static final class DescriptorImpl extends CertificateSourceDescriptor {
        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.PemCertificateSource_DisplayName();
        }

        /** Describes the pasted certificate or says why it cannot be used; parses only, so needs no permission. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckPem(@QueryParameter String value, @QueryParameter String pemPassword) {
            return SourceCheck.check(value == null || value.isBlank(), () -> {
                PemCertificateSource source = new PemCertificateSource(Secret.fromString(value));
                source.setPemPassword(Secret.fromString(pemPassword));
                return source;
            });
        }
    }
}
