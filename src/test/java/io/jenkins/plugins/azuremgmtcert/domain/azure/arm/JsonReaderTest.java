package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void readsTheSubscriptionDocumentOfResourceManager() throws Exception {
        JsonObject subscription = JsonReader.readObject("""
                {"id":"/subscriptions/1","subscriptionId":"1","displayName":"Example Subscription","state":"Enabled",
                 "subscriptionPolicies":{"locationPlacementId":"Public_2014-09-01","spendingLimit":"Off"},
                 "authorizationSource":"Bypassed","managedByTenants":[{"tenantId":"t"}],"tags":null}
                """);

        assertEquals("Example Subscription", subscription.string("displayName"));
        assertEquals("Enabled", subscription.string("state"));
        assertEquals("Off", subscription.object("subscriptionPolicies").string("spendingLimit"));
        JsonObject managedBy = assertInstanceOf(
                JsonObject.class, subscription.array("managedByTenants").get(0));
        assertEquals("t", managedBy.string("tenantId"));
        assertTrue(subscription.has("tags"));
        assertNull(subscription.get("tags"));
        assertEquals(
                List.of(
                        "id",
                        "subscriptionId",
                        "displayName",
                        "state",
                        "subscriptionPolicies",
                        "authorizationSource",
                        "managedByTenants",
                        "tags"),
                List.copyOf(subscription.names()));
    }

    @Test
    void readsEntraErrorWithNumbersAndArrays() throws Exception {
        JsonObject error = JsonReader.readObject("{\"error\":\"invalid_client\",\"error_codes\":[700027, 50027],"
                + "\"expires_in\":3599,\"ratio\":-1.5e-3,\"ok\":true,\"no\":false}");

        assertEquals(List.of(new BigDecimal(700027), new BigDecimal(50027)), error.array("error_codes"));
        assertEquals(3599, error.number("expires_in").intValueExact());
        assertEquals(new BigDecimal("-1.5e-3"), error.number("ratio"));
        assertEquals(Boolean.TRUE, error.bool("ok"));
        assertEquals(Boolean.FALSE, error.bool("no"));
    }

    @Test
    void decodesEveryEscapeSequence() throws Exception {
        Object value = JsonReader.read("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u20AC \\ud83d\\ude00\"");

        assertEquals("q\" b\\ s/ \b\f\n\r\t \u00e9\u20ac \ud83d\ude00", value);
    }

    @Test
    void typedGettersReturnNullForMissingMembersAndOtherTypes() throws Exception {
        JsonObject object = JsonReader.readObject("{\"n\":1,\"s\":\"x\"}");

        assertNull(object.string("n"));
        assertNull(object.number("s"));
        assertNull(object.object("s"));
        assertNull(object.array("s"));
        assertNull(object.bool("missing"));
        assertFalse(object.has("missing"));
    }

    @Test
    void toStringShowsNamesButNeverValues() throws Exception {
        JsonObject token = JsonReader.readObject("{\"access_token\":\"eyJsecret\"}");

        assertEquals("JsonObject[access_token]", token.toString());
    }

    @Test
    void acceptsSurroundingWhiteSpaceAndEmptyContainers() throws Exception {
        assertEquals(0, JsonReader.readObject(" \r\n\t{ } ").size());
        assertEquals(List.of(), JsonReader.read("[ ]"));
        assertEquals(new BigDecimal("0"), JsonReader.read("0"));
        assertNull(JsonReader.read("null"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "}",
                "[1,]",
                "{\"a\":1,}",
                "{\"a\" 1}",
                "{a:1}",
                "{'a':1}",
                "[1 2]",
                "01",
                "-",
                "1.",
                ".5",
                "1e",
                "+1",
                "NaN",
                "Infinity",
                "tru",
                "nul",
                "True",
                "\"abc",
                "\"a\\x\"",
                "\"\\u12\"",
                "\"\\u12G4\"",
                "\"tab\tinside\"",
                "\"line\nbreak\"",
                "{} {}",
                "{}x",
                "[1] // comment",
                "/* c */ {}",
                "{\"a\":1,\"a\":2}",
                "\u00a0{}",
                "1e99999999999",
                "[\"a\"\"b\"]",
                "{\"a\":}"
            })
    void rejectsMalformedJson(String text) {
        assertThrows(MalformedJsonException.class, () -> JsonReader.read(text));
    }

    @Test
    void rejectsATopLevelValueThatIsNotAnObjectWhenAnObjectIsRequired() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> JsonReader.readObject("[1]"));

        assertTrue(e.getMessage().contains("not an object"), e.getMessage());
    }

    @Test
    void reportsWhereTheTextIsMalformedWithoutEchoingIt() {
        MalformedJsonException e = assertThrows(
                MalformedJsonException.class, () -> JsonReader.read("{\"access_token\":\"secret\" \"x\"}"));

        assertEquals(25, e.offset());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void acceptsNestingUpToTheDepthLimit() throws Exception {
        String text = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);

        assertInstanceOf(List.class, JsonReader.read(text));
    }

    @Test
    void rejectsNestingBeyondTheDepthLimitWithoutOverflowingTheStack() {
        int depth = JsonReader.MAX_DEPTH + 1;
        MalformedJsonException shallow = assertThrows(
                MalformedJsonException.class, () -> JsonReader.read("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        MalformedJsonException deep =
                assertThrows(MalformedJsonException.class, () -> JsonReader.read("[".repeat(500_000)));

        assertTrue(shallow.getMessage().contains("nesting deeper than 32"), shallow.getMessage());
        assertTrue(deep.getMessage().contains("nesting deeper than 32"), deep.getMessage());
    }

    @Test
    void rejectsTextsLongerThanTheSizeLimit() {
        String longString = "\"" + "a".repeat(JsonReader.MAX_LENGTH - 1) + "\"";

        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> JsonReader.read(longString));

        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    }

    @Test
    void acceptsATextOfExactlyTheSizeLimit() throws Exception {
        String exact = "\"" + "a".repeat(JsonReader.MAX_LENGTH - 2) + "\"";

        assertEquals(JsonReader.MAX_LENGTH - 2, ((String) JsonReader.read(exact)).length());
    }
}
