package io.jenkins.plugins.azuremgmtcert.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object written by hand (the CLI has no JSON library): string, number, boolean, null, nested object and
 * list values, fields in insertion order, two-space indentation, strings escaped per RFC 8259.
 */
final class JsonObject {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonObject put(String name, String value) {
        fields.put(name, value);
        return this;
    }

    JsonObject put(String name, long value) {
        fields.put(name, value);
        return this;
    }

    JsonObject put(String name, boolean value) {
        fields.put(name, value);
        return this;
    }

    JsonObject put(String name, JsonObject value) {
        fields.put(name, value);
        return this;
    }

    /** A list of strings or of {@link JsonObject}s. */
    JsonObject put(String name, List<?> values) {
        fields.put(name, List.copyOf(values));
        return this;
    }

    /** The document, ending with a line break. */
    String render() {
        StringBuilder json = new StringBuilder();
        write(this, json, "");
        return json.append('\n').toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String) {
            quote((String) value, json);
        } else if (value instanceof Long || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof JsonObject) {
            writeObject((JsonObject) value, json, indent);
        } else if (value instanceof List) {
            writeList((List<?>) value, json, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void writeObject(JsonObject object, StringBuilder json, String indent) {
        if (object.fields.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + "  ";
        json.append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> field : object.fields.entrySet()) {
            json.append(inner);
            quote(field.getKey(), json);
            json.append(": ");
            write(field.getValue(), json, inner);
            json.append(++i < object.fields.size() ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private static void writeList(List<?> list, StringBuilder json, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + "  ";
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            json.append(inner);
            write(list.get(i), json, inner);
            json.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    /** Appends a JSON string literal: quotes, backslash and control characters escaped; U+2028/9 too, for JS. */
    static void quote(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
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
