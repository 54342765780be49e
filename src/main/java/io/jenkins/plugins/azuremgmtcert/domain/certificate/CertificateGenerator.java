package io.jenkins.plugins.azuremgmtcert.domain.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a self-signed management certificate: a builder with secure defaults. Subject and issuer are
 * {@code CN=Jenkins - {name}} (the name is one attribute value, so commas, plus signs, quotes and the like cannot
 * add attributes), RSA 2048 (3072 or 4096 on request), SHA256withRSA, a random positive 127-bit serial number, valid
 * from now for 730 days, key usage digitalSignature and keyEncipherment (critical), extended key usage clientAuth, a
 * subject key identifier, and basic constraints saying it is no CA.
 *
 * <pre>{@code
 * ManagementCertificate certificate = CertificateGenerator.forName("ci.example.com").generate();
 * }</pre>
 */
public final class CertificateGenerator {

    /** How long a generated certificate is valid unless {@link #validity(Duration)} says otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(730);

    /** RFC 5280's upper bound for a common name (ub-common-name), in characters. */
    static final int MAX_COMMON_NAME = 64;

    private static final String PREFIX = "Jenkins - ";
    private static final List<Integer> KEY_SIZES = List.of(2048, 3072, 4096);
    private static final int SERIAL_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private int keySize = 2048;
    private Duration validity = DEFAULT_VALIDITY;
    private Clock clock = Clock.systemUTC();

    private CertificateGenerator(String name) {
        this.name = name;
    }

    /**
     * A generator for the subject {@code CN=Jenkins - {name}}; the name must not be blank. A name too long for RFC
     * 5280's 64-character common name (a long credential description, say) is shortened and ends with an ellipsis.
     */
    public static CertificateGenerator forName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the certificate name must not be blank");
        }
        return new CertificateGenerator(name);
    }

    /** RSA key size: 2048 (default), 3072 or 4096; anything else is an {@link IllegalArgumentException}. */
    public CertificateGenerator keySize(int bits) {
        if (!KEY_SIZES.contains(bits)) {
            throw new IllegalArgumentException("RSA key size must be one of " + KEY_SIZES + ", not " + bits);
        }
        this.keySize = bits;
        return this;
    }

    /** Validity from now; default 730 days; must be positive. */
    public CertificateGenerator validity(Duration validity) {
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero() || validity.toSeconds() == 0) {
            throw new IllegalArgumentException("validity must be at least one second, not " + validity);
        }
        this.validity = validity;
        return this;
    }

    /** The clock that says when "now" is; default {@link Clock#systemUTC()}. */
    public CertificateGenerator clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    private X500Name subject() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, commonName(name))
                .build();
    }

    /** {@code Jenkins - {name}}, cut to {@value #MAX_COMMON_NAME} characters (whole code points) if need be. */
    static String commonName(String name) {
        String full = PREFIX + name;
        if (full.codePointCount(0, full.length()) <= MAX_COMMON_NAME) {
            return full;
        }
        int end = full.offsetByCodePoints(0, MAX_COMMON_NAME - 1);
        return full.substring(0, end).stripTrailing() + "\u2026";
    }

    /** Generates a new key pair and a self-signed certificate for it. */
    public ManagementCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(keySize, RANDOM);
            KeyPair keyPair = generator.generateKeyPair();
            Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Instant notAfter = notBefore.plus(validity);
            X500Name subject = subject();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject, serialNumber(), Date.from(notBefore), Date.from(notAfter), subject, keyPair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA")
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(keyPair.getPrivate());
            X509Certificate certificate = toX509(builder.build(signer));
            return ManagementCertificate.of(keyPair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException
                | ManagementCertificateException
                | IOException
                | OperatorCreationException e) {
            throw new IllegalStateException("the JDK and BouncyCastle could not create an RSA certificate", e);
        }
    }

    /** Random, positive, exactly 127 bits long (so at least 64 bits of entropy and 16 DER bytes). */
    private static BigInteger serialNumber() {
        byte[] bytes = new byte[SERIAL_BYTES];
        RANDOM.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7F) | 0x40);
        return new BigInteger(1, bytes);
    }

    private static X509Certificate toX509(X509CertificateHolder holder) throws GeneralSecurityException, IOException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }
}
