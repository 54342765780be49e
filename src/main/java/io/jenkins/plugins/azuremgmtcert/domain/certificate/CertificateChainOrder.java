package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Puts a leaf certificate first and its issuers after it, whatever order a file listed them in. */
final class CertificateChainOrder {

    private CertificateChainOrder() {}

    /** The leaf, then each issuer found among {@code all}, then any unrelated certificates in their given order. */
    static List<X509Certificate> startingWith(X509Certificate leaf, List<X509Certificate> all) {
        Set<X509Certificate> remaining = new LinkedHashSet<>(all);
        remaining.remove(leaf);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        X509Certificate current = leaf;
        while (!isSelfIssued(current)) {
            Optional<X509Certificate> issuer = issuerOf(current, remaining);
            if (issuer.isEmpty()) {
                break;
            }
            current = issuer.get();
            remaining.remove(current);
            chain.add(current);
        }
        chain.addAll(remaining);
        return chain;
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate certificate, Set<X509Certificate> candidates) {
        return candidates.stream()
                .filter(c -> c.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .findFirst();
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
