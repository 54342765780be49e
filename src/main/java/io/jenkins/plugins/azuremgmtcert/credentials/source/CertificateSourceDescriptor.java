package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.util.List;

/** The descriptor of a {@link CertificateSource}: the choices the credential form offers. */
public abstract class CertificateSourceDescriptor extends Descriptor<CertificateSource> {
    protected CertificateSourceDescriptor() {
        super();
    }

    /** Whether the source makes sense for a credential that has no certificate yet. */
    public boolean isForNewCredentials() {
        return true;
    }

    /** The sources the form offers: all of them for a saved credential, the ones that bring a certificate otherwise. */
    @NonNull
    public static List<CertificateSourceDescriptor> offered(boolean saved) {
        return ExtensionList.lookup(CertificateSourceDescriptor.class).stream()
                .filter(d -> saved || d.isForNewCredentials())
                .toList();
    }
}
