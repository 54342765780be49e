package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.azuremgmtcert.domain.xml.SecureXmlParser;
import io.jenkins.plugins.azuremgmtcert.domain.xml.XmlParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.w3c.dom.Document;

/**
 * A parsed Azure Service Management {@code .publishsettings} file (root {@code PublishData}).
 *
 * <p>Both schemas are read: 1.0 (certificate and {@code Url} on {@code PublishProfile}, subscriptions as children)
 * and 2.0 ({@code SchemaVersion="2.0"}, certificate and {@code ServiceManagementUrl} on each {@code Subscription});
 * as Azure PowerShell and the xplat-cli did, a subscription's own attributes win and the profile's are the fallback.
 * Without any URL the public cloud's {@code https://management.core.windows.net} is assumed (PowerShell's default).
 *
 * <p>The file is untrusted input. It is parsed with {@link SecureXmlParser} (no DOCTYPE, at most {@link #MAX_BYTES}) and
 * rejected
 * with a {@link PublishSettingsException} when it is an App Service publish profile, has no profile, subscription or
 * certificate, bad base64, a subscription ID that is not a GUID (rejected rather than warned about: the ID becomes a
 * path segment of every Service Management request, and Azure never issued any other form), or a URL that is not
 * https. The certificates are decoded but not loaded until {@link PublishSettingsSubscription#loadCertificate()}, and
 * a certificate that several subscriptions share (schema 1.0: one per profile) is loaded only once.
 */
public final class PublishSettingsFile {

    /**
     * The largest file accepted: 16 MiB. A schema 2.0 file carries a certificate (about 3.5 KiB of Base64) on every
     * subscription, so 1 MiB would stop at about 280 subscriptions; 16 MiB holds about 4,500.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final List<PublishSettingsSubscription> subscriptions;

    private PublishSettingsFile(List<PublishSettingsSubscription> subscriptions) {
        this.subscriptions = List.copyOf(subscriptions);
    }

    /** Parses and checks the content of a {@code .publishsettings} file. */
    @NonNull
    public static PublishSettingsFile parse(@NonNull byte[] content) throws PublishSettingsException {
        Document document;
        try {
            document = SecureXmlParser.parse(content, MAX_BYTES);
        } catch (XmlParseException e) {
            throw new PublishSettingsException(
                    reasonFor(e), Messages.PublishSettingsFile_Unreadable(e.getMessage()), e);
        }
        return new PublishSettingsFile(new PublishSettingsReader(document).subscriptions());
    }

    private static PublishSettingsException.Reason reasonFor(XmlParseException e) {
        switch (e.reason()) {
            case TOO_LARGE:
                return PublishSettingsException.Reason.TOO_LARGE;
            case DOCTYPE_FORBIDDEN:
                return PublishSettingsException.Reason.DOCTYPE_FORBIDDEN;
            default:
                return PublishSettingsException.Reason.NOT_XML;
        }
    }

    /** Every subscription in the file, in file order; never empty. */
    @NonNull
    public List<PublishSettingsSubscription> subscriptions() {
        return subscriptions;
    }

    /**
     * The subscription with this ID, compared case-insensitively.
     *
     * @throws PublishSettingsException ({@link PublishSettingsException.Reason#UNKNOWN_SUBSCRIPTION}) listing the IDs
     *     the file does contain
     */
    @NonNull
    public PublishSettingsSubscription subscription(@NonNull String id) throws PublishSettingsException {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (PublishSettingsSubscription subscription : subscriptions) {
            if (subscription.id().toLowerCase(Locale.ROOT).equals(wanted)) {
                return subscription;
            }
        }
        throw new PublishSettingsException(
                PublishSettingsException.Reason.UNKNOWN_SUBSCRIPTION,
                Messages.PublishSettingsFile_UnknownSubscription(id.trim(), ids()));
    }

    private String ids() {
        return subscriptions.stream().map(PublishSettingsSubscription::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "PublishSettingsFile" + subscriptions;
    }
}
