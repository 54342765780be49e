package io.jenkins.plugins.azuremgmtcert.domain.files;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a build gets for a materialised certificate, kept in two maps: secret values, which the console
 * masks, and public values, which it shows. Only the PKCS#12 password is secret (under two names when the credential
 * has a service principal: its own and the azurerm provider's): the subscription ID, endpoint, thumbprint, tenant and
 * client IDs identify the account but grant nothing, and the file paths point at files that only the agent's user
 * can read. A name is never in both maps. {@link #toString()} shows names only.
 *
 * <p>{@code AZURE_CLIENT_CERTIFICATE_PASSWORD} is deliberately not set: {@code AZURE_CLIENT_CERTIFICATE_PATH} points
 * at the PEM, whose key is not encrypted, and Azure Identity for Python fails to load an unencrypted PEM key when it
 * is given a password.
 */
public final class AzureEnvironmentVariables {

    private final Map<String, String> secretValues;
    private final Map<String, String> publicValues;

    private AzureEnvironmentVariables(Map<String, String> secretValues, Map<String, String> publicValues) {
        this.secretValues = Collections.unmodifiableMap(secretValues);
        this.publicValues = Collections.unmodifiableMap(publicValues);
    }

    /** The variables for {@code account} with its certificate written to {@code files}, named by {@code names}. */
    public static AzureEnvironmentVariables of(
            AzureVariableNames names, AzureAccount account, MaterializedCertificate files) {
        Map<String, String> secret = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put(names.subscriptionId(), account.subscriptionId());
        shown.put(names.serviceManagementUrl(), account.serviceManagementUrl());
        shown.put(names.thumbprint(), account.thumbprint());
        shown.put(names.pfx(), files.pfxPath());
        secret.put(names.password(), files.pfxPassword());
        shown.put(names.pem(), files.pemPath());
        shown.put(names.cer(), files.cerPath());
        String tenantId = account.tenantId();
        String clientId = account.clientId();
        if (tenantId != null && clientId != null && account.hasServicePrincipal()) {
            shown.put(AzureVariableNames.TENANT_ID, tenantId.trim());
            shown.put(AzureVariableNames.CLIENT_ID, clientId.trim());
            shown.put(AzureVariableNames.CLIENT_CERTIFICATE_PATH, files.pemPath());
            String authorityHost = account.authorityHost();
            if (authorityHost != null && !authorityHost.isBlank()) {
                shown.put(AzureVariableNames.AUTHORITY_HOST, authorityHost.trim());
            }
            ArmVariableNames arm = names.arm();
            shown.put(arm.clientId(), clientId.trim());
            shown.put(arm.tenantId(), tenantId.trim());
            shown.put(arm.subscriptionId(), account.subscriptionId());
            shown.put(arm.clientCertificatePath(), files.pfxPath());
            secret.put(arm.clientCertificatePassword(), files.pfxPassword());
            String environment = armEnvironment(account.cloud());
            if (environment != null) {
                shown.put(arm.environment(), environment);
            }
        }
        return new AzureEnvironmentVariables(secret, shown);
    }

    /**
     * The azurerm provider's name of {@code cloud} ({@code environment}, {@code ARM_ENVIRONMENT}): {@code public},
     * {@code china} or {@code usgovernment}; null for custom endpoints, which the provider takes from {@code
     * ARM_METADATA_HOSTNAME} instead (and then ignores the environment).
     */
    @CheckForNull
    static String armEnvironment(@CheckForNull AzureCloud cloud) {
        if (cloud == null) {
            return null;
        }
        switch (cloud) {
            case AZURE_CHINA:
                return "china";
            case AZURE_US_GOVERNMENT:
                return "usgovernment";
            default:
                return "public";
        }
    }

    /** Variables whose values the console must mask. */
    public Map<String, String> secretValues() {
        return secretValues;
    }

    /** Variables whose values may be shown. */
    public Map<String, String> publicValues() {
        return publicValues;
    }

    /** Both maps in one, for callers that set them together. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(publicValues);
        all.putAll(secretValues);
        return all;
    }

    @Override
    public String toString() {
        return "AzureEnvironmentVariables[secret=" + secretValues.keySet() + ", public=" + publicValues.keySet() + "]";
    }
}
