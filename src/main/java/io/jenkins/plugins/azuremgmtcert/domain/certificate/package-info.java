/**
 * Management certificates: an X.509 certificate with its RSA private key, which Azure identifies by the
 * certificate's SHA-1 thumbprint.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateLoader} reads PKCS#12 and PEM and
 *       refuses anything unusable with a {@link
 *       io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException} that tells the user what
 *       to do;</li>
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator} creates a new one;</li>
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateValidator} reports expiry;</li>
 *   <li>{@link io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateExporter} writes .cer, PEM and
 *       PKCS#12.</li>
 * </ul>
 *
 * <p>BouncyCastle is used through one explicit provider instance and its lightweight API, never registered
 * JVM-wide.
 */
package io.jenkins.plugins.azuremgmtcert.domain.certificate;
