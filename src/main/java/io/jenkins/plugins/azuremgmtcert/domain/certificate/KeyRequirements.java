package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.security.Key;
import java.security.interfaces.DSAKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;

/** What Azure requires of a management certificate's key: RSA, at least 2048 bits. */
final class KeyRequirements {

    /** The smallest RSA modulus Azure and current security guidance accept. */
    static final int MINIMUM_RSA_BITS = 2048;

    private KeyRequirements() {}

    /** Throws if the key cannot be used as a management certificate key. */
    static void require(Key key) throws ManagementCertificateException {
        String problem = problemWith(key);
        if (problem != null) {
            Reason reason = isRsa(key) ? Reason.KEY_TOO_SMALL : Reason.NOT_RSA;
            throw new ManagementCertificateException(reason, problem);
        }
    }

    /** A localised description of why the key is unusable, or null if it is fine. */
    @CheckForNull
    static String problemWith(Key key) {
        if (!isRsa(key)) {
            return Messages.KeyRequirements_NotRsa(key.getAlgorithm());
        }
        int bits = keySize(key);
        if (bits < MINIMUM_RSA_BITS) {
            return Messages.KeyRequirements_TooSmall(bits, MINIMUM_RSA_BITS);
        }
        return null;
    }

    /** Plain RSA ({@code rsaEncryption}); RSASSA-PSS keys are not what Azure's TLS client authentication takes. */
    private static boolean isRsa(Key key) {
        return key instanceof RSAKey && "RSA".equals(key.getAlgorithm());
    }

    /** The key size in bits (RSA modulus, EC field, DSA p), 0 if unknown. */
    static int keySize(Key key) {
        if (key instanceof RSAKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        return 0;
    }
}
