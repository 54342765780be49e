package io.jenkins.plugins.azuremgmtcert.domain.files;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a build gets for a materialised certificate, kept in two maps: secret values, which the console
 * masks, and public values, which it shows. Only the PKCS#12 password is secret: the subscription ID, endpoint,
 * thumbprint, tenant and client IDs identify the account but grant nothing, and the file paths point at files that
 * only the agent's user can read. A name is never in both maps. {@link #toString()} shows names only.
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
        }
        return new AzureEnvironmentVariables(secret, shown);
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
