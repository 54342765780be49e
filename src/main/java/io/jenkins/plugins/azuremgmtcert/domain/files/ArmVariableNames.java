package io.jenkins.plugins.azuremgmtcert.domain.files;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Arrays;
import java.util.List;

/**
 * The names of the variables a build gets for Terraform's and OpenTofu's azurerm provider (and other tools that read
 * the {@code ARM_} names) when the credential signs in as a service principal; each may be renamed. {@link
 * AzureVariableNames} checks them together with the other names.
 *
 * @param clientId default {@value #CLIENT_ID}
 * @param tenantId default {@value #TENANT_ID}
 * @param subscriptionId default {@value #SUBSCRIPTION_ID}
 * @param clientCertificatePath default {@value #CLIENT_CERTIFICATE_PATH}: the {@code .pfx}
 * @param clientCertificatePassword default {@value #CLIENT_CERTIFICATE_PASSWORD}: its password, masked
 * @param environment default {@value #ENVIRONMENT}
 */
public record ArmVariableNames(
        String clientId,
        String tenantId,
        String subscriptionId,
        String clientCertificatePath,
        String clientCertificatePassword,
        String environment) {

    public static final String CLIENT_ID = "ARM_CLIENT_ID";
    public static final String TENANT_ID = "ARM_TENANT_ID";
    public static final String SUBSCRIPTION_ID = "ARM_SUBSCRIPTION_ID";
    public static final String CLIENT_CERTIFICATE_PATH = "ARM_CLIENT_CERTIFICATE_PATH";
    public static final String CLIENT_CERTIFICATE_PASSWORD = "ARM_CLIENT_CERTIFICATE_PASSWORD";
    public static final String ENVIRONMENT = "ARM_ENVIRONMENT";

    /** The default names, the ones the azurerm provider reads. */
    public static ArmVariableNames defaults() {
        return new ArmVariableNames(
                CLIENT_ID,
                TENANT_ID,
                SUBSCRIPTION_ID,
                CLIENT_CERTIFICATE_PATH,
                CLIENT_CERTIFICATE_PASSWORD,
                ENVIRONMENT);
    }

    /** The default names with the given ones replaced; a null or blank argument keeps the default. */
    public static ArmVariableNames withOverrides(
            @CheckForNull String clientId,
            @CheckForNull String tenantId,
            @CheckForNull String subscriptionId,
            @CheckForNull String clientCertificatePath,
            @CheckForNull String clientCertificatePassword,
            @CheckForNull String environment) {
        return new ArmVariableNames(
                AzureVariableNames.or(clientId, CLIENT_ID),
                AzureVariableNames.or(tenantId, TENANT_ID),
                AzureVariableNames.or(subscriptionId, SUBSCRIPTION_ID),
                AzureVariableNames.or(clientCertificatePath, CLIENT_CERTIFICATE_PATH),
                AzureVariableNames.or(clientCertificatePassword, CLIENT_CERTIFICATE_PASSWORD),
                AzureVariableNames.or(environment, ENVIRONMENT));
    }

    /** All six names, in the order of the components. */
    List<String> all() {
        return Arrays.asList(
                clientId, tenantId, subscriptionId, clientCertificatePath, clientCertificatePassword, environment);
    }
}
