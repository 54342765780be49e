package io.jenkins.plugins.azuremgmtcert.domain.certificate;

/** How {@link CertificateExporter#toPkcs12} protects a .pfx file. */
public enum Pkcs12Encryption {
    /** PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256, MAC SHA-256: the OpenSSL 3 default. */
    MODERN,
    /** pbeWithSHA1And3-KeyTripleDES-CBC for key and certificates, MAC SHA-1: for old Windows tools. */
    LEGACY
}
