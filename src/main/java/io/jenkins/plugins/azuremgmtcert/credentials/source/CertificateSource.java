package io.jenkins.plugins.azuremgmtcert.credentials.source;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;

/**
 * Where the management certificate of a credential comes from: an uploaded {@code .pfx}, PEM text, a
 * {@code .publishsettings} file, a newly generated certificate, or the certificate the credential already holds.
 * A source is form input only: the credential keeps what it resolves to, never the source itself.
 */
public abstract class CertificateSource implements Describable<CertificateSource>, ExtensionPoint {

    /**
     * Turns this input into a usable management certificate.
     *
     * @param request what the credential knows at that moment (its name, the subscription it is for, whether a
     *     person submitted the form)
     * @return the certificate, with what the input says about password, subscription and endpoint
     * @throws CertificateSourceException if the input cannot be used; the message is localised and says what to do
     */
    @NonNull
    public abstract SourcedCertificate resolve(@NonNull SourceRequest request) throws CertificateSourceException;
}
