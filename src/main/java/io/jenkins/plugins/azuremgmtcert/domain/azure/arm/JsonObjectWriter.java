package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

/**
 * Writes one flat JSON object, member by member, with strings escaped per RFC 8259 (quote, backslash and every
 * control character). Enough for a JWT header and claim set; nothing more is needed in the domain.
 */
final class JsonObjectWriter {

    private final StringBuilder json = new StringBuilder("{");

    /** Adds a string member. */
    JsonObjectWriter string(String name, String value) {
        separate();
        appendQuoted(name);
        json.append(':');
        appendQuoted(value);
        return this;
    }

    /** Adds an integer member. */
    JsonObjectWriter number(String name, long value) {
        separate();
        appendQuoted(name);
        json.append(':').append(value);
        return this;
    }

    /** The finished object. */
    String toJson() {
        return json + "}";
    }

    private void separate() {
        if (json.length() > 1) {
            json.append(',');
        }
    }

    private void appendQuoted(String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
