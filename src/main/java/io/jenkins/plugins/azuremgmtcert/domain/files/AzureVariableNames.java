package io.jenkins.plugins.azuremgmtcert.domain.files;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the certificate variables a build gets; each may be renamed. The Azure Identity variables ({@code
 * AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID}, {@code AZURE_CLIENT_CERTIFICATE_PATH}, {@code AZURE_AUTHORITY_HOST})
 * keep their names, because the Azure libraries read exactly those; the {@code ARM_} names of Terraform's azurerm
 * provider ({@link ArmVariableNames}) may be renamed like the others.
 *
 * @param subscriptionId default {@value #SUBSCRIPTION_ID}
 * @param serviceManagementUrl default {@value #SERVICE_MANAGEMENT_URL}
 * @param thumbprint default {@value #THUMBPRINT}
 * @param pfx default {@value #PFX}
 * @param password default {@value #PASSWORD}
 * @param pem default {@value #PEM}
 * @param cer default {@value #CER}
 * @param arm the {@code ARM_} names, default {@link ArmVariableNames#defaults()}
 */
public record AzureVariableNames(
        String subscriptionId,
        String serviceManagementUrl,
        String thumbprint,
        String pfx,
        String password,
        String pem,
        String cer,
        ArmVariableNames arm) {

    public static final String SUBSCRIPTION_ID = "AZURE_SUBSCRIPTION_ID";
    public static final String SERVICE_MANAGEMENT_URL = "AZURE_SERVICE_MANAGEMENT_URL";
    public static final String THUMBPRINT = "AZURE_CERTIFICATE_THUMBPRINT";
    public static final String PFX = "AZURE_CERTIFICATE_PFX";
    public static final String PASSWORD = "AZURE_CERTIFICATE_PASSWORD";
    public static final String PEM = "AZURE_CERTIFICATE_PEM";
    public static final String CER = "AZURE_CERTIFICATE_CER";
    public static final String TENANT_ID = "AZURE_TENANT_ID";
    public static final String CLIENT_ID = "AZURE_CLIENT_ID";
    public static final String CLIENT_CERTIFICATE_PATH = "AZURE_CLIENT_CERTIFICATE_PATH";
    public static final String AUTHORITY_HOST = "AZURE_AUTHORITY_HOST";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Checks every name, the {@code ARM_} ones included: a valid environment variable name, used once, and none of
     * the Azure Identity names.
     *
     * @throws IllegalArgumentException with a message that says which name is wrong
     */
    public AzureVariableNames {
        Objects.requireNonNull(arm, "arm");
        List<String> names = new ArrayList<>(
                Arrays.asList(subscriptionId, serviceManagementUrl, thumbprint, pfx, password, pem, cer));
        names.addAll(arm.all());
        Set<String> reserved = Set.of(TENANT_ID, CLIENT_ID, CLIENT_CERTIFICATE_PATH, AUTHORITY_HOST);
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || !VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(Messages.AzureVariableNames_Invalid(name));
            }
            if (reserved.contains(name) || !seen.add(name)) {
                throw new IllegalArgumentException(Messages.AzureVariableNames_Duplicate(name));
            }
        }
    }

    /** As the canonical constructor, with the default {@code ARM_} names. */
    public AzureVariableNames(
            String subscriptionId,
            String serviceManagementUrl,
            String thumbprint,
            String pfx,
            String password,
            String pem,
            String cer) {
        this(subscriptionId, serviceManagementUrl, thumbprint, pfx, password, pem, cer, ArmVariableNames.defaults());
    }

    /** The default names. */
    public static AzureVariableNames defaults() {
        return new AzureVariableNames(SUBSCRIPTION_ID, SERVICE_MANAGEMENT_URL, THUMBPRINT, PFX, PASSWORD, PEM, CER);
    }

    /**
     * These names with {@code arm} as the {@code ARM_} names.
     *
     * @throws IllegalArgumentException if a name is then used twice
     */
    public AzureVariableNames withArm(ArmVariableNames arm) {
        return new AzureVariableNames(subscriptionId, serviceManagementUrl, thumbprint, pfx, password, pem, cer, arm);
    }

    /**
     * The default names with the given ones replaced; a null or blank argument keeps the default. The {@code ARM_}
     * names are the defaults; {@link #withArm} replaces them.
     *
     * @throws IllegalArgumentException if a name is invalid or used twice
     */
    public static AzureVariableNames withOverrides(
            @CheckForNull String subscriptionId,
            @CheckForNull String serviceManagementUrl,
            @CheckForNull String thumbprint,
            @CheckForNull String pfx,
            @CheckForNull String password,
            @CheckForNull String pem,
            @CheckForNull String cer) {
        return new AzureVariableNames(
                or(subscriptionId, SUBSCRIPTION_ID),
                or(serviceManagementUrl, SERVICE_MANAGEMENT_URL),
                or(thumbprint, THUMBPRINT),
                or(pfx, PFX),
                or(password, PASSWORD),
                or(pem, PEM),
                or(cer, CER));
    }

    static String or(@CheckForNull String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name.trim();
    }
}
