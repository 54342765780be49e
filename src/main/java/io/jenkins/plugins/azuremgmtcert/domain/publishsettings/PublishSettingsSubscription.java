package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificateException;

/**
 * One subscription of a {@code .publishsettings} file: its ID, display name, Service Management URL and the
 * management certificate (a password-free PKCS#12) that authenticates to it. Immutable; {@link #toString()} never
 * shows the certificate.
 */
public final class PublishSettingsSubscription {

    private final String id;
    private final String name;
    private final String serviceManagementUrl;
    private final SharedCertificate certificate;

    PublishSettingsSubscription(String id, String name, String serviceManagementUrl, SharedCertificate certificate) {
        this.id = id;
        this.name = name;
        this.serviceManagementUrl = serviceManagementUrl;
        this.certificate = certificate;
    }

    /** The subscription ID, a GUID as written in the file. */
    @NonNull
    public String id() {
        return id;
    }

    /** The display name, or {@code ""} if the file has none. */
    @NonNull
    public String name() {
        return name;
    }

    /** The Service Management base URL: https, no trailing slash, e.g. {@code https://management.core.windows.net}. */
    @NonNull
    public String serviceManagementUrl() {
        return serviceManagementUrl;
    }

    /** A copy of the management certificate as PKCS#12 bytes (base64-decoded; the password is empty). */
    @NonNull
    public byte[] managementCertificatePkcs12() {
        return certificate.pkcs12();
    }

    /**
     * Loads the management certificate with the empty password, as the Azure portal issued it; once per distinct
     * certificate of the file, however many subscriptions share it.
     *
     * @throws PublishSettingsException with reason {@link PublishSettingsException.Reason#UNUSABLE_CERTIFICATE} and
     *     the {@link ManagementCertificateException} as cause when the PKCS#12 is corrupt or the key is unusable
     */
    @NonNull
    public ManagementCertificate loadCertificate() throws PublishSettingsException {
        try {
            return certificate.load();
        } catch (ManagementCertificateException e) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.UNUSABLE_CERTIFICATE,
                    Messages.PublishSettingsSubscription_UnusableCertificate(id, e.getMessage()),
                    e);
        }
    }

    @Override
    public String toString() {
        return "PublishSettingsSubscription[id=" + id + ", name=" + name + ", serviceManagementUrl="
                + serviceManagementUrl + ", managementCertificate=" + certificate.size() + " bytes]";
    }
}
