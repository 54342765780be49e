package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

    @Test
    void escapesEveryCharacterJsonRequiresAndRoundTrips() {
        String nasty = "CN=a\"b\\c,O=line1\nline2\r\t\b\f\u0001\u001f\u2028é😀";
        String json = new JsonObject().put("subject", nasty).render();
        assertFalse(json.contains("\n" + "line2"), json);
        assertEquals(nasty, MiniJson.object(json).get("subject"));
        assertEquals(
                "{\n  \"k\": \"\\u0001\\\"\\\\\"\n}\n",
                new JsonObject().put("k", "\u0001\"\\").render());
    }

    @Test
    void writesNumbersBooleansNullsListsAndNestedObjectsInOrder() {
        String json = new JsonObject()
                .put("keySize", 2048)
                .put("usable", false)
                .put("issuer", (String) null)
                .put("warnings", List.of())
                .put("errors", List.of("x", "y"))
                .put("nested", new JsonObject().put("id", "1"))
                .put("items", List.of(new JsonObject()))
                .render();
        Map<String, Object> parsed = MiniJson.object(json);
        assertEquals(
                List.of("keySize", "usable", "issuer", "warnings", "errors", "nested", "items"),
                List.copyOf(parsed.keySet()));
        assertEquals(2048L, parsed.get("keySize"));
        assertEquals(Boolean.FALSE, parsed.get("usable"));
        assertNull(parsed.get("issuer"));
        assertEquals(List.of(), parsed.get("warnings"));
        assertEquals(List.of("x", "y"), parsed.get("errors"));
        assertEquals(Map.of("id", "1"), parsed.get("nested"));
        assertEquals(List.of(Map.of()), parsed.get("items"));
    }
}
