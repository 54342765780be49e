package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The certificates {@code test --trust-store FILE} trusts instead of the platform's: a PEM or DER file of CA
 * certificates (like curl's {@code --cacert}), or a PKCS#12 or JKS trust store whose certificates are readable
 * without a password. Trusting is all it is for: no private key is read, and there is no way to trust everything.
 */
final class TrustStoreFile {

    private static final String[] KEY_STORE_TYPES = {"PKCS12", "JKS"};

    private TrustStoreFile() {}

    /** The file's certificates as a key store for {@code ConnectionSettings.withTrustStore}. */
    static KeyStore load(Path file) throws CommandFailure {
        byte[] data = InputFiles.read(file);
        List<Certificate> certificates = isPem(data) ? certificates(data) : new ArrayList<>();
        if (certificates.isEmpty()) {
            certificates.addAll(keyStoreCertificates(data));
        }
        if (certificates.isEmpty()) {
            certificates.addAll(certificates(data));
        }
        if (certificates.isEmpty()) {
            throw new CommandFailure("trust store " + file + " holds no certificate readable without a password; give "
                    + "the CA certificates as a PEM file (-----BEGIN CERTIFICATE-----) or a JKS/PKCS#12 trust store "
                    + "whose certificates are not encrypted");
        }
        return keyStore(certificates);
    }

    private static boolean isPem(byte[] data) {
        return new String(data, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----");
    }

    private static List<Certificate> certificates(byte[] data) {
        try {
            Collection<? extends Certificate> read =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(data));
            return new ArrayList<>(read);
        } catch (CertificateException e) {
            return new ArrayList<>();
        }
    }

    private static List<Certificate> keyStoreCertificates(byte[] data) {
        for (String type : KEY_STORE_TYPES) {
            try {
                KeyStore store = KeyStore.getInstance(type);
                store.load(new ByteArrayInputStream(data), null);
                List<Certificate> found = new ArrayList<>();
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate != null) {
                        found.add(certificate);
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            } catch (IOException | GeneralSecurityException e) {
                // not this type, or its certificates need a password: try the next reading
            }
        }
        return List.of();
    }

    private static KeyStore keyStore(List<Certificate> certificates) throws CommandFailure {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new CommandFailure(
                    "cannot build a trust store (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
