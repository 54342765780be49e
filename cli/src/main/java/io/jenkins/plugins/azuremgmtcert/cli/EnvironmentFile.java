package io.jenkins.plugins.azuremgmtcert.cli;

import io.jenkins.plugins.azuremgmtcert.domain.files.AzureEnvironmentVariables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The env file of {@code simulate}: {@code export NAME='value'} lines for a POSIX shell's {@code source}, with the
 * variables a {@code withAzureCert} block gets (taken as they are from {@link AzureEnvironmentVariables}, so every
 * variable the step sets is here too) and the variables through which common clients find the simulators' CA.
 */
final class EnvironmentFile {

    /**
     * The CA variables and who reads them. Each replaces the client's own CAs (except Node.js, which adds), so in a
     * shell that sourced the file those clients trust the simulators only.
     */
    static final Map<String, String> CA_VARIABLES = caVariables();

    private EnvironmentFile() {}

    private static Map<String, String> caVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CURL_CA_BUNDLE", "curl");
        variables.put("REQUESTS_CA_BUNDLE", "Python requests: the Azure CLI (az), the Azure SDK for Python");
        variables.put("SSL_CERT_FILE", "OpenSSL's default CA file (openssl s_client, Python's ssl), Go on Linux");
        variables.put("NODE_EXTRA_CA_CERTS", "Node.js, added to its own CAs");
        return variables;
    }

    /** The file's text: the build variables of {@code variables}, then the CA variables pointing at {@code caFile}. */
    static String render(AzureEnvironmentVariables variables, Path caFile) {
        StringBuilder text = new StringBuilder();
        text.append("# withAzureCert's variables for the simulators of 'azure-mgmt-cert-cli simulate'.\n");
        text.append("# Use: source this file (POSIX shells). Deleted, with the files it names, when they stop.\n");
        for (Map.Entry<String, String> variable : variables.all().entrySet()) {
            export(variable.getKey(), variable.getValue(), text);
        }
        text.append("# The simulators' CA. Each client reads its own variable and then trusts these CAs only:\n");
        for (Map.Entry<String, String> variable : CA_VARIABLES.entrySet()) {
            text.append("#   ")
                    .append(variable.getKey())
                    .append(": ")
                    .append(variable.getValue())
                    .append('\n');
        }
        for (String name : CA_VARIABLES.keySet()) {
            export(name, caFile.toString(), text);
        }
        return text.toString();
    }

    private static void export(String name, String value, StringBuilder text) {
        text.append("export ").append(name).append("=");
        quote(value, text);
        text.append('\n');
    }

    /** Single-quotes {@code value} for a POSIX shell: nothing inside is expanded; a quote becomes {@code '\''}. */
    static void quote(String value, StringBuilder text) {
        text.append('\'').append(value.replace("'", "'\\''")).append('\'');
    }
}
