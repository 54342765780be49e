package io.jenkins.plugins.azuremgmtcert.domain.certificate;

/** One generated 2048-bit management certificate shared by the tests of a JVM, so RSA keys are made once. */
final class TestCertificates {

    private static ManagementCertificate shared;

    private TestCertificates() {}

    static synchronized ManagementCertificate shared() {
        if (shared == null) {
            shared = CertificateGenerator.forName("tests").generate();
        }
        return shared;
    }
}
