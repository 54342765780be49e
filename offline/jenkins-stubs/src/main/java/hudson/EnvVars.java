package hudson;

import java.util.TreeMap;

/**
 * API stub of {@code hudson.EnvVars} (jenkins-core): environment variables, case-insensitive as on Windows. {@link
 * #override} here only puts or removes; the real method also handles {@code PATH+XYZ}.
 */
public class EnvVars extends TreeMap<String, String> {

    private static final long serialVersionUID = 1L;

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public void override(String key, String value) {
        if (value == null || value.isEmpty()) {
            remove(key);
        } else {
            put(key, value);
        }
    }
}
