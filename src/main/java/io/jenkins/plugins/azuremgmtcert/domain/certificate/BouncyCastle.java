package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one BouncyCastle provider instance this package passes explicitly where the JDK cannot do the job. It is
 * never registered JVM-wide ({@code Security.addProvider}), so nothing else in Jenkins changes behaviour.
 */
final class BouncyCastle {

    static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {}
}
