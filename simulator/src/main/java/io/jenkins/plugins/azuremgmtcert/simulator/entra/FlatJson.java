package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little JSON the simulator needs, written independently of the plugin's reader so the two check each other:
 * reading a flat object of strings, integers and booleans (a JWT header or claim set), and quoting strings for
 * the answers it writes. Anything else is rejected with {@link IllegalArgumentException}.
 */
final class FlatJson {

    private final String text;
    private int position;

    private FlatJson(String text) {
        this.text = text;
    }

    /** Parses {@code {"name": "string" | integer | true | false, ...}}; values are String, Long or Boolean. */
    static Map<String, Object> parseFlatObject(String text) {
        FlatJson parser = new FlatJson(text.strip());
        Map<String, Object> result = parser.object();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException("content after the object");
        }
        return result;
    }

    /** A JSON string literal with quotes, escaping what RFC 8259 requires. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
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

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            position++;
            return members;
        }
        do {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (members.put(name, value()) != null) {
                throw new IllegalArgumentException("duplicate member " + name);
            }
            skipSpace();
        } while (next() == ',');
        if (text.charAt(position - 1) != '}') {
            throw new IllegalArgumentException("expected '}'");
        }
        return members;
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (text.startsWith("true", position)) {
            position += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", position)) {
            position += 5;
            return Boolean.FALSE;
        }
        int start = position;
        if (c == '-') {
            position++;
        }
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position == start) {
            throw new IllegalArgumentException("unsupported value at " + start);
        }
        return Long.parseLong(text.substring(start, position));
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + (position - 1));
        }
    }

    private char next() {
        if (position >= text.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return text.charAt(position++);
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
