package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.regex.Pattern;

/**
 * Checks the identifiers a Resource Manager connection needs before anything goes over the network: application
 * (client) and subscription IDs are GUIDs; a tenant is a GUID or a verified domain name such as
 * {@code contoso.onmicrosoft.com}.
 */
public final class ResourceManagerIdentifiers {

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN_NAME =
            Pattern.compile("(?=.{4,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}");

    private ResourceManagerIdentifiers() {}

    /** Whether the text is a GUID in its 8-4-4-4-12 hex form (no braces, no surrounding spaces). */
    public static boolean isGuid(@CheckForNull String text) {
        return text != null && GUID.matcher(text).matches();
    }

    /** Whether the text is a tenant ID (GUID) or a DNS domain name with at least two labels. */
    public static boolean isTenant(@CheckForNull String text) {
        return text != null && (isGuid(text) || DOMAIN_NAME.matcher(text).matches());
    }
}
