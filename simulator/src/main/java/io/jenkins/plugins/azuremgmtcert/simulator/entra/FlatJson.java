package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the simulator needs, written independently of the plugin's reader so the two check each other:
 * reading an object of strings, numbers, booleans, {@code null}, arrays and nested objects (a JWT header or claim
 * set; other clients than the plugin send {@code x5c} arrays and fractional times), and quoting strings for the
 * answers it writes. Anything malformed is rejected with {@link IllegalArgumentException}.
 */
final class FlatJson {

    private final String text;
    private int position;

    private FlatJson(String text) {
        this.text = text;
    }

    /**
     * Parses {@code {"name": value, ...}}; values are String, Long (integers), BigDecimal (numbers with a fraction or
     * an exponent), Boolean, {@code null}, List (arrays) or Map (objects).
     */
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
            if (members.containsKey(name)) {
                throw new IllegalArgumentException("duplicate member " + name);
            }
            members.put(name, value());
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
        if (text.startsWith("null", position)) {
            position += 4;
            return null;
        }
        if (c == '{') {
            return object();
        }
        if (c == '[') {
            return array();
        }
        return number();
    }

    private List<Object> array() {
        List<Object> elements = new ArrayList<>();
        expect('[');
        skipSpace();
        if (peek() == ']') {
            position++;
            return elements;
        }
        do {
            skipSpace();
            elements.add(value());
            skipSpace();
        } while (next() == ',');
        if (text.charAt(position - 1) != ']') {
            throw new IllegalArgumentException("expected ']'");
        }
        return elements;
    }

    private Object number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int digits = skipDigits();
        boolean integer = true;
        if (peek() == '.') {
            position++;
            integer = false;
            if (skipDigits() == 0) {
                throw new IllegalArgumentException("expected a digit at " + position);
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            integer = false;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (skipDigits() == 0) {
                throw new IllegalArgumentException("expected a digit at " + position);
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("unsupported value at " + start);
        }
        String literal = text.substring(start, position);
        return integer ? (Object) Long.valueOf(literal) : new BigDecimal(literal);
    }

    private int skipDigits() {
        int start = position;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        return position - start;
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
