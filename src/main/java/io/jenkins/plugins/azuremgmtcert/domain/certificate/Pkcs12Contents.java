package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException.Reason;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The private keys and certificates of an opened PKCS#12 file, and the choice of the one key entry to use.
 *
 * @param keys private keys by alias, in file order
 * @param chains the certificates stored with each key alias
 * @param otherCertificates certificates not stored with a key (e.g. a CA certificate)
 */
record Pkcs12Contents(
        Map<String, PrivateKey> keys,
        Map<String, List<X509Certificate>> chains,
        List<X509Certificate> otherCertificates) {

    static Pkcs12Contents of(KeyStore keyStore, char[] password)
            throws KeyStoreException, NoSuchAlgorithmException, UnrecoverableKeyException {
        Map<String, PrivateKey> keys = new LinkedHashMap<>();
        Map<String, List<X509Certificate>> chains = new LinkedHashMap<>();
        List<X509Certificate> others = new ArrayList<>();
        for (String alias : Collections.list(keyStore.aliases())) {
            if (keyStore.isKeyEntry(alias)) {
                Key key = keyStore.getKey(alias, password);
                if (key instanceof PrivateKey privateKey) {
                    keys.put(alias, privateKey);
                    chains.put(alias, x509(keyStore.getCertificateChain(alias)));
                }
            } else if (keyStore.isCertificateEntry(alias)) {
                others.addAll(x509(new Certificate[] {keyStore.getCertificate(alias)}));
            }
        }
        return new Pkcs12Contents(keys, chains, others);
    }

    /** No key at all, or a key that has no certificate with it while the file lists no other certificates. */
    boolean lacksKeysOrCertificates() {
        return keys.isEmpty()
                || otherCertificates.isEmpty() && chains.values().stream().anyMatch(List::isEmpty);
    }

    /** The management certificate of the named key entry, or of the only one if {@code alias} is null. */
    ManagementCertificate select(@CheckForNull String alias) throws ManagementCertificateException {
        if (keys.isEmpty()) {
            throw new ManagementCertificateException(Reason.NO_PRIVATE_KEY, Messages.CertificateLoader_NoPrivateKey());
        }
        String chosen = alias == null ? onlyAlias() : knownAlias(alias);
        PrivateKey key = keys.get(chosen);
        List<X509Certificate> certificates = new ArrayList<>(chains.get(chosen));
        certificates.addAll(otherCertificates);
        if (certificates.isEmpty()) {
            chains.values().forEach(certificates::addAll);
        }
        try {
            KeyRequirements.require(key);
        } catch (ManagementCertificateException refused) {
            throw refused.withCertificate(certificates.isEmpty() ? null : certificates.get(0));
        }
        return ManagementCertificate.of(asJdkKey(key), certificates);
    }

    /** The JDK's own RSA key class, also when BouncyCastle read the file, so callers see one kind of key. */
    private static PrivateKey asJdkKey(PrivateKey rsaKey) throws ManagementCertificateException {
        try {
            return (PrivateKey) KeyFactory.getInstance("RSA").translateKey(rsaKey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ManagementCertificateException(Reason.CORRUPT, Messages.Pkcs12Reader_Corrupt(), e);
        }
    }

    private String onlyAlias() throws ManagementCertificateException {
        if (keys.size() > 1) {
            throw new ManagementCertificateException(
                    Reason.AMBIGUOUS_KEY_ENTRIES,
                    Messages.Pkcs12Contents_AmbiguousKeyEntries(keys.size(), String.join(", ", keys.keySet())));
        }
        return keys.keySet().iterator().next();
    }

    private String knownAlias(String alias) throws ManagementCertificateException {
        if (keys.containsKey(alias)) {
            return alias;
        }
        return keys.keySet().stream()
                .filter(known -> known.equalsIgnoreCase(alias))
                .findFirst()
                .orElseThrow(() -> new ManagementCertificateException(
                        Reason.UNKNOWN_ALIAS,
                        Messages.Pkcs12Contents_UnknownAlias(alias, String.join(", ", keys.keySet()))));
    }

    private static List<X509Certificate> x509(@CheckForNull Certificate[] certificates) {
        List<X509Certificate> result = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate x509) {
                    result.add(x509);
                }
            }
        }
        return result;
    }
}
