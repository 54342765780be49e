package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A management certificate (RSA 2048, self-signed) generated at test time with the product's own generator. */
record TestSigningIdentity(ManagementCertificate managementCertificate) {

    static TestSigningIdentity generate(String name) {
        return new TestSigningIdentity(CertificateGenerator.forName(name).generate());
    }

    X509Certificate certificate() {
        return managementCertificate.certificate();
    }

    PrivateKey privateKey() {
        return managementCertificate.privateKey();
    }

    @Override
    public String toString() {
        return "TestSigningIdentity[" + managementCertificate + "]";
    }
}
