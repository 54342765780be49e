package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import java.util.regex.Pattern;

/** The subscription ID format: a GUID ({@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, hex, any case). */
public final class SubscriptionIdFormat {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private SubscriptionIdFormat() {}

    /** Whether the text, without surrounding spaces, is a GUID. */
    public static boolean isValid(String subscriptionId) {
        return subscriptionId != null && GUID.matcher(subscriptionId.strip()).matches();
    }

    /** The localised message for an ID that is not a GUID. */
    public static String invalidMessage() {
        return Messages.SubscriptionId_Malformed();
    }
}
