package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateDescription;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateValidator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ValidationReport;
import java.io.PrintWriter;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code inspect} and {@code publishsettings} say about one certificate, as text or as JSON with the stable
 * field names {@code subject, issuer, serialNumber, thumbprintSha1, thumbprintSha256, notBefore, notAfter,
 * keyAlgorithm, keySize, hasPrivateKey, usable, warnings, errors}.
 */
final class CertificateReport {

    private final CertificateDescription description;
    private final boolean hasPrivateKey;
    private final List<String> warnings;
    private final List<String> errors;

    private CertificateReport(
            CertificateDescription description, boolean hasPrivateKey, List<String> warnings, List<String> errors) {
        this.description = description;
        this.hasPrivateKey = hasPrivateKey;
        this.warnings = warnings.stream().map(CliWording::of).toList();
        this.errors = errors.stream().map(CliWording::of).toList();
    }

    /**
     * A certificate with its key, validated at the clock's instant. Outside its validity period (expired, or not yet
     * valid) it is not usable: Azure refuses such a certificate, so a script's {@code inspect && deploy} must stop.
     * The Jenkins credential only warns about it (the domain's rule), since it still shows and tests the certificate
     * for the user to renew; expiring within 30 days stays a warning here too.
     */
    static CertificateReport of(ManagementCertificate certificate, Clock clock) {
        ValidationReport validation = CertificateValidator.validate(certificate, clock);
        List<String> warnings = new ArrayList<>(validation.warnings());
        List<String> errors = new ArrayList<>(validation.errors());
        Instant now = clock.instant();
        X509Certificate x509 = certificate.certificate();
        if (now.isAfter(x509.getNotAfter().toInstant())
                || now.isBefore(x509.getNotBefore().toInstant())) {
            // the validator's first warning is the one about the validity period
            errors.add(warnings.remove(0));
        }
        return new CertificateReport(certificate.describe(), true, warnings, errors);
    }

    /** A certificate without key: never usable, {@code error} says to use the .pfx. */
    static CertificateReport publicOnly(CertificateDescription description, String error) {
        return new CertificateReport(description, false, List.of(), List.of(error));
    }

    /** A certificate whose private key is refused (not RSA, too small): described, never usable. */
    static CertificateReport refusedKey(CertificateDescription description, String error) {
        return new CertificateReport(description, true, List.of(), List.of(error));
    }

    /** Input that could not be read as a certificate at all; only {@code errors} is filled. */
    static CertificateReport unreadable(String error) {
        return new CertificateReport(null, false, List.of(), List.of(error));
    }

    boolean usable() {
        return hasPrivateKey && errors.isEmpty();
    }

    /** The reason the certificate is not usable. */
    String firstError() {
        return errors.isEmpty() ? "the certificate has no private key" : errors.get(0);
    }

    JsonObject toJson() {
        CertificateDescription d = description;
        return new JsonObject()
                .put("subject", d == null ? null : d.subject())
                .put("issuer", d == null ? null : d.issuer())
                .put("serialNumber", d == null ? null : d.serialNumber())
                .put("thumbprintSha1", d == null ? null : d.thumbprintSha1())
                .put("thumbprintSha256", d == null ? null : d.thumbprintSha256())
                .put("notBefore", d == null ? null : d.notBefore().toString())
                .put("notAfter", d == null ? null : d.notAfter().toString())
                .put("keyAlgorithm", d == null ? null : d.keyAlgorithm())
                .put("keySize", d == null ? 0 : d.keySize())
                .put("hasPrivateKey", hasPrivateKey)
                .put("usable", usable())
                .put("warnings", warnings)
                .put("errors", errors);
    }

    void printText(PrintWriter out, String indent) {
        if (description != null) {
            out.println(indent + "Subject:             " + description.subject());
            out.println(indent + "Issuer:              " + description.issuer());
            out.println(indent + "Serial number:       " + description.serialNumber());
            out.println(indent + "Valid from:          " + description.notBefore());
            out.println(indent + "Valid until:         " + description.notAfter());
            out.println(indent + "Key:                 " + description.keyAlgorithm() + " " + description.keySize()
                    + " bits");
            out.println(indent + "Thumbprint (SHA-1):  " + description.thumbprintSha1());
            out.println(indent + "Thumbprint (SHA-256): " + description.thumbprintSha256());
            out.println(indent + "Private key:         " + (hasPrivateKey ? "yes" : "no"));
        }
        out.println(indent + "Usable:              " + (usable() ? "yes" : "no"));
        warnings.forEach(warning -> out.println(indent + "Warning: " + OneLine.of(warning)));
        errors.forEach(error -> out.println(indent + "Error: " + OneLine.of(error)));
    }
}
