package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;

/**
 * One management certificate of a {@code .publishsettings} file (a password-free PKCS#12), shared by the subscriptions
 * that name it, and loaded at most once: a schema 1.0 file gives one certificate to all of its subscriptions, and
 * decoding a PKCS#12 costs milliseconds (key derivation), so 500 subscriptions would otherwise decode it 500 times.
 * The outcome, a certificate or the reason it is unusable, is kept. Thread-safe.
 */
final class SharedCertificate {

    private final byte[] pkcs12;
    private ManagementCertificate loaded;
    private ManagementCertificateException failure;

    SharedCertificate(byte[] pkcs12) {
        this.pkcs12 = pkcs12.clone();
    }

    /** A copy of the PKCS#12 bytes. */
    byte[] pkcs12() {
        return pkcs12.clone();
    }

    int size() {
        return pkcs12.length;
    }

    /** The certificate, loaded on the first call; every later call gives the same outcome. */
    synchronized ManagementCertificate load() throws ManagementCertificateException {
        if (loaded == null && failure == null) {
            try {
                loaded = CertificateLoader.fromPkcs12(pkcs12, new char[0], null);
            } catch (ManagementCertificateException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return loaded;
    }

    @Override
    public String toString() {
        return "SharedCertificate[" + pkcs12.length + " bytes]";
    }
}
