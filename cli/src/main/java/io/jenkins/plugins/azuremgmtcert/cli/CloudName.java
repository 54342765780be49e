package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.azure.AzureCloud;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The short names {@code test --cloud} accepts for the Azure clouds, case-insensitive: {@value #NAMES}. An unknown
 * name is a command-line error (status 2) that lists the valid ones.
 */
final class CloudName implements ITypeConverter<AzureCloud> {

    /** The names, as the help lists them. */
    static final String NAMES = "public, china, usgov";

    private static final Map<String, AzureCloud> CLOUDS = Map.of(
            "public", AzureCloud.AZURE_PUBLIC,
            "china", AzureCloud.AZURE_CHINA,
            "usgov", AzureCloud.AZURE_US_GOVERNMENT);

    @Override
    public AzureCloud convert(String value) {
        AzureCloud cloud = CLOUDS.get(value.strip().toLowerCase(Locale.ROOT));
        if (cloud == null) {
            throw new TypeConversionException("unknown cloud '" + value + "'; use one of " + NAMES);
        }
        return cloud;
    }
}
