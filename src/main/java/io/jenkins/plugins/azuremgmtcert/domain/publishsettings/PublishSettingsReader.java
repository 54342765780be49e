package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.xml.XmlElements;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads the subscriptions out of a parsed {@code .publishsettings} document, checking each field. */
final class PublishSettingsReader {

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_QUOTED_LENGTH = 60;

    private final Element root;
    /** One per distinct certificate of the file, so that subscriptions sharing one load it once. */
    private final Map<String, SharedCertificate> certificates = new HashMap<>();

    PublishSettingsReader(Document document) {
        this.root = document.getDocumentElement();
    }

    List<PublishSettingsSubscription> subscriptions() throws PublishSettingsException {
        String rootName = XmlElements.localName(root);
        if ("publishData".equals(rootName) || XmlElements.containsElement(root, "publishProfile")) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.APP_SERVICE_PUBLISH_PROFILE,
                    Messages.PublishSettingsFile_AppServicePublishProfile());
        }
        if (!"PublishData".equals(rootName)) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.NOT_PUBLISH_SETTINGS,
                    Messages.PublishSettingsFile_NotPublishSettings(quote(rootName)));
        }
        List<Element> profiles = XmlElements.children(root, "PublishProfile");
        if (profiles.isEmpty()) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.NO_PUBLISH_PROFILE,
                    Messages.PublishSettingsFile_NoPublishProfile());
        }
        List<PublishSettingsSubscription> result = new ArrayList<>();
        for (Element profile : profiles) {
            for (Element subscription : XmlElements.children(profile, "Subscription")) {
                result.add(read(profile, subscription));
            }
        }
        if (result.isEmpty()) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.NO_SUBSCRIPTION, Messages.PublishSettingsFile_NoSubscription());
        }
        return result;
    }

    private PublishSettingsSubscription read(Element profile, Element subscription) throws PublishSettingsException {
        String id = subscriptionId(subscription);
        String name = XmlElements.attribute(subscription, "Name");
        String url = firstPresent(
                XmlElements.attribute(subscription, "ServiceManagementUrl"), XmlElements.attribute(profile, "Url"));
        String certificate = firstPresent(
                XmlElements.attribute(subscription, "ManagementCertificate"),
                XmlElements.attribute(profile, "ManagementCertificate"));
        if (certificate == null) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.NO_CERTIFICATE, Messages.PublishSettingsFile_NoCertificate(id));
        }
        String base64 = WHITESPACE.matcher(certificate).replaceAll("");
        SharedCertificate shared = certificates.get(base64);
        if (shared == null) {
            shared = new SharedCertificate(decode(id, base64));
            certificates.put(base64, shared);
        }
        return new PublishSettingsSubscription(
                id, name == null ? "" : name.trim(), ServiceManagementUrl.normalise(id, url), shared);
    }

    private static String subscriptionId(Element subscription) throws PublishSettingsException {
        String id = XmlElements.attribute(subscription, "Id");
        if (id == null || id.isBlank()) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.INVALID_SUBSCRIPTION_ID,
                    Messages.PublishSettingsFile_MissingSubscriptionId());
        }
        String trimmed = id.trim();
        if (!GUID.matcher(trimmed).matches()) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.INVALID_SUBSCRIPTION_ID,
                    Messages.PublishSettingsFile_InvalidSubscriptionId(quote(trimmed)));
        }
        return trimmed;
    }

    private static byte[] decode(String id, String base64) throws PublishSettingsException {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new PublishSettingsException(
                    PublishSettingsException.Reason.BAD_BASE64, Messages.PublishSettingsFile_BadBase64(id));
        }
    }

    /** The first value that is present and not blank, trimmed; {@code null} if none is. */
    @CheckForNull
    private static String firstPresent(@CheckForNull String preferred, @CheckForNull String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return preferred.trim();
        }
        return fallback != null && !fallback.isBlank() ? fallback.trim() : null;
    }

    /** Hostile files may carry long or odd values; error messages show a bounded, single-line excerpt. */
    static String quote(String value) {
        String oneLine = WHITESPACE.matcher(value).replaceAll(" ");
        return oneLine.length() <= MAX_QUOTED_LENGTH ? oneLine : oneLine.substring(0, MAX_QUOTED_LENGTH) + "…";
    }
}
