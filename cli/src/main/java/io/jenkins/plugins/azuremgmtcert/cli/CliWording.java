package io.jenkins.plugins.azuremgmtcert.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Says the domain's advice in the words of this tool. The domain's messages are written for the Jenkins form ("Enter
 * the password", "Upload the .pfx", "import its CA certificate into the Java trust store and restart"); here the
 * same advice names the command-line options that do it. Only whole sentences the domain writes are replaced, so a
 * message this class does not know passes unchanged.
 */
final class CliWording {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put(
                "Enter the password that was set when the .pfx was exported",
                "Give the password that was set when the .pfx was exported (--password-env VAR or --password-file"
                        + " FILE)");
        PHRASES.put(
                "Enter the password it was exported with.",
                "Give the password it was exported with: --password-env VAR or --password-file FILE.");
        PHRASES.put(
                "Enter the password the key was encrypted with.",
                "Give the password the key was encrypted with (--password-env VAR or --password-file FILE).");
        PHRASES.put(
                "Enter the password it was encrypted with.",
                "Give the password it was encrypted with: --password-env VAR or --password-file FILE.");
        PHRASES.put("Leave the password empty.", "Leave out --password-env and --password-file.");
        PHRASES.put("Name the alias of the key to use", "Choose the key with --alias ALIAS");
        PHRASES.put("Upload the original .pfx file again", "Use the original .pfx file");
        PHRASES.put("Upload the .pfx that includes the private key", "Use the .pfx that includes the private key");
        PHRASES.put(
                "Paste the complete -----BEGIN ...----- and -----END ...----- blocks again.",
                "Check that the file holds the complete -----BEGIN ...----- and -----END ...----- blocks.");
        PHRASES.put(
                "import its CA certificate into the Java trust store (the JDK's cacerts, or the file named by"
                        + " -Djavax.net.ssl.trustStore) and restart",
                "pass its CA certificate with --trust-store FILE");
    }

    private CliWording() {}

    /** {@code message} with the form's wording replaced by the tool's options. */
    static String of(String message) {
        if (message == null) {
            return null;
        }
        String worded = message;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            worded = worded.replace(phrase.getKey(), phrase.getValue());
        }
        return worded;
    }
}
