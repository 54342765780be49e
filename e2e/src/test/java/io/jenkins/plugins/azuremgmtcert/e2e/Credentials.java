package io.jenkins.plugins.azuremgmtcert.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Credentials made the way the credentials page makes them: the administrator's REST client POSTs the dialog's own
 * form ({@code createCredentials} with {@code json=…}), so the plugin's {@code @DataBoundConstructor} and form
 * binding run exactly as when a person clicks Save.
 */
final class Credentials {
    static final String IMPL = "io.jenkins.plugins.azuremgmtcert.credentials.AzureManagementCertificateCredentialsImpl";
    static final String GENERATED = "io.jenkins.plugins.azuremgmtcert.credentials.source.GeneratedCertificateSource";
    static final String SYSTEM_DOMAIN = "manage/credentials/store/system/domain/_/";

    private Credentials() {}

    /**
     * Creates a global credential in the system store with a certificate the plugin generates (RSA 2048), for the
     * public Azure cloud; {@code tenant} and {@code application} may be {@code null} (no Resource Manager sign-in).
     *
     * @return the SHA-1 thumbprint of the generated certificate, as the credential reports it (upper-case hex)
     */
    static String createGenerated(E2e e2e, String id, String subscription, String tenant, String application)
            throws IOException, InterruptedException {
        String json = "{\"credentials\":{"
                + "\"scope\":\"GLOBAL\","
                + "\"$class\":\"" + IMPL + "\",\"stapler-class\":\"" + IMPL + "\","
                + "\"id\":" + quote(id) + ","
                + "\"description\":" + quote("e2e " + id) + ","
                + "\"subscriptionId\":" + quote(subscription) + ","
                + "\"cloud\":\"AZURE_PUBLIC\","
                + "\"certificateSource\":{\"$class\":\"" + GENERATED + "\",\"stapler-class\":\"" + GENERATED
                + "\",\"keySize\":\"2048\"},"
                + "\"tenantId\":" + quote(tenant == null ? "" : tenant) + ","
                + "\"applicationId\":" + quote(application == null ? "" : application)
                + "}}";
        HttpResponse<String> response = e2e.admin().postForm(SYSTEM_DOMAIN + "createCredentials", Map.of("json", json));
        if (response.statusCode() != 302) {
            throw new IOException(
                    "createCredentials " + id + " answered " + response.statusCode() + ": " + response.body());
        }
        return thumbprint(e2e, id);
    }

    /** The SHA-1 thumbprint of the credential {@code id} of the system store, read through the script console. */
    static String thumbprint(E2e e2e, String id) throws IOException, InterruptedException {
        String out = e2e.admin().script("""
                def c = com.cloudbees.plugins.credentials.SystemCredentialsProvider.instance.credentials
                        .find { it.id == '%s' }
                println 'THUMBPRINT=' + (c == null ? 'none' : c.thumbprint)
                """.formatted(id));
        String thumbprint = out.lines()
                .filter(l -> l.startsWith("THUMBPRINT="))
                .map(l -> l.substring("THUMBPRINT=".length()).trim())
                .findFirst()
                .orElseThrow(() -> new IOException("no thumbprint for " + id + ": " + out));
        if (!thumbprint.matches("[0-9A-F]{40}")) {
            throw new IOException("credential " + id + " has no usable thumbprint: " + out);
        }
        return thumbprint;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
