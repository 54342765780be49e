package io.jenkins.plugins.azuremgmtcert.domain.publishsettings;

/** Writes {@code .publishsettings} documents in the two schemas the Azure portal issued, for tests. */
public final class PublishSettingsXml {

    private PublishSettingsXml() {}

    /** A schema 2.0 file: {@code idNameUrl} are (id, name, url) triples, each with {@code certificateBase64}. */
    public static String schema2(String certificateBase64, String... idNameUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PublishData>\n"
                + "  <PublishProfile SchemaVersion=\"2.0\" PublishMethod=\"AzureServiceManagementAPI\">\n");
        for (int i = 0; i < idNameUrl.length; i += 3) {
            xml.append("    <Subscription ServiceManagementUrl=\"")
                    .append(idNameUrl[i + 2])
                    .append("\" Id=\"")
                    .append(idNameUrl[i])
                    .append("\" Name=\"")
                    .append(idNameUrl[i + 1])
                    .append("\" ManagementCertificate=\"")
                    .append(certificateBase64)
                    .append("\" />\n");
        }
        return xml.append("  </PublishProfile>\n</PublishData>\n").toString();
    }

    /** A schema 1.0 file: {@code certificateBase64} and {@code url} on the profile, {@code idName} pairs after. */
    public static String schema1(String url, String certificateBase64, String... idName) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PublishData>\n"
                + "  <PublishProfile PublishMethod=\"AzureServiceManagementAPI\" Url=\"" + url
                + "\" ManagementCertificate=\"" + certificateBase64 + "\">\n");
        for (int i = 0; i < idName.length; i += 2) {
            xml.append("    <Subscription Id=\"")
                    .append(idName[i])
                    .append("\" Name=\"")
                    .append(idName[i + 1])
                    .append("\" />\n");
        }
        return xml.append("  </PublishProfile>\n</PublishData>\n").toString();
    }
}
