package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict, bounded JSON reader (RFC 8259) for the small documents Entra ID and Resource Manager answer with. It
 * accepts exactly one value with optional surrounding white space and refuses everything else: trailing commas,
 * comments, single quotes, unescaped control characters, leading zeros, duplicate member names, bare words, nesting
 * deeper than {@link #MAX_DEPTH} and texts longer than {@link #MAX_LENGTH} characters.
 */
public final class JsonReader {

    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;

    /** The longest text accepted, in characters (1 MiB, the response body cap). */
    public static final int MAX_LENGTH = 1024 * 1024;

    private final String text;
    private final int maxDepth;
    private int position;
    private int depth;

    private JsonReader(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /** Reads any JSON value: a {@link JsonObject}, a list, a string, a {@link BigDecimal}, a boolean or null. */
    public static Object read(String text) throws MalformedJsonException {
        return read(text, MAX_DEPTH, MAX_LENGTH);
    }

    /** Reads a text whose top-level value must be an object. */
    public static JsonObject readObject(String text) throws MalformedJsonException {
        Object value = read(text);
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new MalformedJsonException("the top-level value is not an object", 0);
    }

    static Object read(String text, int maxDepth, int maxLength) throws MalformedJsonException {
        if (text.length() > maxLength) {
            throw new MalformedJsonException("the text is longer than " + maxLength + " characters", maxLength);
        }
        JsonReader reader = new JsonReader(text, maxDepth);
        reader.skipWhiteSpace();
        Object value = reader.readValue();
        reader.skipWhiteSpace();
        if (reader.position != text.length()) {
            throw new MalformedJsonException("unexpected content after the value", reader.position);
        }
        return value;
    }

    private Object readValue() throws MalformedJsonException {
        if (position >= text.length()) {
            throw new MalformedJsonException("unexpected end of text, expected a value", position);
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> readObjectValue();
            case '[' -> readArray();
            case '"' -> readString();
            case 't' -> readLiteral("true", Boolean.TRUE);
            case 'f' -> readLiteral("false", Boolean.FALSE);
            case 'n' -> readLiteral("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield readNumber();
                }
                throw new MalformedJsonException("unexpected character, expected a value", position);
            }
        };
    }

    private JsonObject readObjectValue() throws MalformedJsonException {
        enter();
        position++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhiteSpace();
        if (peek() == '}') {
            position++;
            depth--;
            return new JsonObject(members);
        }
        while (true) {
            skipWhiteSpace();
            if (peek() != '"') {
                throw new MalformedJsonException("expected a member name in double quotes", position);
            }
            int nameAt = position;
            String name = readString();
            if (members.containsKey(name)) {
                throw new MalformedJsonException("duplicate member name", nameAt);
            }
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            members.put(name, readValue());
            skipWhiteSpace();
            char next = peek();
            position++;
            if (next == '}') {
                depth--;
                return new JsonObject(members);
            }
            if (next != ',') {
                throw new MalformedJsonException("expected ',' or '}' in an object", position - 1);
            }
        }
    }

    private List<Object> readArray() throws MalformedJsonException {
        enter();
        position++;
        List<Object> elements = new ArrayList<>();
        skipWhiteSpace();
        if (peek() == ']') {
            position++;
            depth--;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            skipWhiteSpace();
            elements.add(readValue());
            skipWhiteSpace();
            char next = peek();
            position++;
            if (next == ']') {
                depth--;
                return Collections.unmodifiableList(elements);
            }
            if (next != ',') {
                throw new MalformedJsonException("expected ',' or ']' in an array", position - 1);
            }
        }
    }

    private String readString() throws MalformedJsonException {
        int start = position;
        position++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw new MalformedJsonException("unterminated string", start);
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw new MalformedJsonException("unescaped control character in a string", position - 1);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw new MalformedJsonException("unterminated escape in a string", position - 1);
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(readUnicodeEscape());
                default -> throw new MalformedJsonException("invalid escape sequence in a string", position - 2);
            }
        }
    }

    private char readUnicodeEscape() throws MalformedJsonException {
        if (position + 4 > text.length()) {
            throw new MalformedJsonException("truncated \\u escape in a string", position - 2);
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw new MalformedJsonException("invalid hex digit in a \\u escape", position + i);
            }
            code = code * 16 + digit;
        }
        position += 4;
        return (char) code;
    }

    private BigDecimal readNumber() throws MalformedJsonException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
            if (isDigit(peek())) {
                throw new MalformedJsonException("leading zero in a number", start);
            }
        } else {
            requireDigits(start);
        }
        if (peek() == '.') {
            position++;
            requireDigits(start);
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            requireDigits(start);
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException e) {
            throw new MalformedJsonException("number out of range", start);
        }
    }

    private void requireDigits(int numberStart) throws MalformedJsonException {
        if (!isDigit(peek())) {
            throw new MalformedJsonException("malformed number", numberStart);
        }
        while (isDigit(peek())) {
            position++;
        }
    }

    private Object readLiteral(String literal, Object value) throws MalformedJsonException {
        if (!text.startsWith(literal, position)) {
            throw new MalformedJsonException("unexpected word, expected true, false or null", position);
        }
        position += literal.length();
        return value;
    }

    private void enter() throws MalformedJsonException {
        if (++depth > maxDepth) {
            throw new MalformedJsonException("nesting deeper than " + maxDepth + " levels", position);
        }
    }

    private void expect(char expected) throws MalformedJsonException {
        if (peek() != expected) {
            throw new MalformedJsonException("expected '" + expected + "'", position);
        }
        position++;
    }

    /** The current character, or NUL at the end (NUL is never valid outside strings, so it fails every check). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhiteSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }
}
