package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a Resource Manager connection goes: the Entra ID authority (token endpoint
 * {@code {authority}/{tenant}/oauth2/v2.0/token}) and the Resource Manager base URL (also the token's scope,
 * {@code {resourceManager}/.default}). Both https, without query or fragment, trailing slashes removed.
 */
public final class ResourceManagerEndpoints {

    private final URI authority;
    private final URI resourceManager;

    private ResourceManagerEndpoints(URI authority, URI resourceManager) {
        this.authority = authority;
        this.resourceManager = resourceManager;
    }

    /** The endpoints of a named cloud. */
    public static ResourceManagerEndpoints of(AzureCloud cloud) {
        return new ResourceManagerEndpoints(cloud.authorityHost(), cloud.resourceManagerUrl());
    }

    /**
     * Explicit endpoints (a private cloud, Azure Stack, a simulator).
     *
     * @throws IllegalArgumentException with a localised message if a URL is not an absolute https URL
     */
    public static ResourceManagerEndpoints of(String authority, String resourceManager) {
        return new ResourceManagerEndpoints(authorityUrl(authority), resourceManagerUrl(resourceManager));
    }

    /**
     * One authority URL checked and normalised as {@link #of(String, String)} does, for a form field that holds only
     * this half.
     *
     * @throws IllegalArgumentException with a localised message if it is not an absolute https URL
     */
    public static URI authorityUrl(String authority) {
        return validated(authority, Messages.ResourceManagerEndpoints_AuthorityMalformed());
    }

    /**
     * One Resource Manager URL checked and normalised as {@link #of(String, String)} does, for a form field that
     * holds only this half.
     *
     * @throws IllegalArgumentException with a localised message if it is not an absolute https URL
     */
    public static URI resourceManagerUrl(String resourceManager) {
        return validated(resourceManager, Messages.ResourceManagerEndpoints_ResourceManagerMalformed());
    }

    /**
     * Explicit endpoints given as URIs.
     *
     * @throws IllegalArgumentException with a localised message if a URI is not an absolute https URL
     */
    public static ResourceManagerEndpoints of(URI authority, URI resourceManager) {
        return of(authority.toString(), resourceManager.toString());
    }

    /** The authority, e.g. {@code https://login.microsoftonline.com}. */
    public URI authority() {
        return authority;
    }

    /** The Resource Manager base URL, e.g. {@code https://management.azure.com}. */
    public URI resourceManager() {
        return resourceManager;
    }

    /** The v2.0 token endpoint of a tenant; also the {@code aud} of the client assertion. */
    public URI tokenUrl(String tenant) {
        return URI.create(authority + "/" + tenant + "/oauth2/v2.0/token");
    }

    /** The scope to ask a token for: the Resource Manager URL with {@code /.default}. */
    public String scope() {
        return resourceManager + "/.default";
    }

    /** {@code GET} URL of a subscription with the API version the test uses. */
    public URI subscriptionUrl(String subscriptionId) {
        return URI.create(resourceManager + "/subscriptions/" + subscriptionId + "?api-version=2022-12-01");
    }

    /** The URL without trailing slashes; {@code problem} is the localised message if it is not plain https. */
    private static URI validated(String url, String problem) {
        if (url == null) {
            throw new IllegalArgumentException(problem);
        }
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(problem);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceManagerEndpoints that
                && authority.equals(that.authority)
                && resourceManager.equals(that.resourceManager);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authority, resourceManager);
    }

    @Override
    public String toString() {
        return "ResourceManagerEndpoints[authority=" + authority + ", resourceManager=" + resourceManager + "]";
    }
}
