package io.jenkins.plugins.azuremgmtcert.domain.azure.arm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable JSON object read by {@link JsonReader}. Members keep their order. Values are {@code JsonObject},
 * {@code List<Object>}, {@link String}, {@link BigDecimal}, {@link Boolean} or {@code null}. The typed getters return
 * {@code null} when the member is missing or has another type, so callers decide what a missing field means.
 */
public final class JsonObject {

    private final Map<String, Object> members;

    JsonObject(Map<String, Object> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /** The member names, in document order. */
    public Set<String> names() {
        return members.keySet();
    }

    /** Whether the member exists (its value may be JSON {@code null}). */
    public boolean has(String name) {
        return members.containsKey(name);
    }

    /** The raw value of a member, or {@code null} if missing or JSON {@code null}. */
    @CheckForNull
    public Object get(String name) {
        return members.get(name);
    }

    /** A string member, or {@code null} if missing or not a string. */
    @CheckForNull
    public String string(String name) {
        return members.get(name) instanceof String s ? s : null;
    }

    /** A number member, or {@code null} if missing or not a number. */
    @CheckForNull
    public BigDecimal number(String name) {
        return members.get(name) instanceof BigDecimal n ? n : null;
    }

    /** A boolean member, or {@code null} if missing or not a boolean. */
    @CheckForNull
    public Boolean bool(String name) {
        return members.get(name) instanceof Boolean b ? b : null;
    }

    /** An object member, or {@code null} if missing or not an object. */
    @CheckForNull
    public JsonObject object(String name) {
        return members.get(name) instanceof JsonObject o ? o : null;
    }

    /** An array member (unmodifiable), or {@code null} if missing or not an array. */
    @CheckForNull
    public List<Object> array(String name) {
        if (members.get(name) instanceof List<?> list) {
            return Collections.unmodifiableList(list);
        }
        return null;
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /** Member names only: values may be secrets (an access token), so they are never printed. */
    @Override
    public String toString() {
        return "JsonObject" + members.keySet();
    }
}
