package hudson;

import hudson.util.Secret;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** API stub of {@code hudson.ProxyConfiguration} (jenkins-core): the proxy's address, credentials and exclusions. */
public final class ProxyConfiguration {
    public final String name;

    public final int port;

    private String userName;

    public String noProxyHost;

    private Secret secretPassword;

    public ProxyConfiguration(String name, int port, String userName, String password, String noProxyHost) {
        this.name = fixEmptyAndTrim(name);
        this.port = port;
        this.userName = fixEmptyAndTrim(userName);
        String tempPassword = fixEmptyAndTrim(password);
        this.secretPassword = tempPassword != null ? Secret.fromString(tempPassword) : null;
        this.noProxyHost = fixEmptyAndTrim(noProxyHost);
    }

    private static String fixEmptyAndTrim(String s) {
        return s == null || s.trim().isEmpty() ? null : s.trim();
    }

    public String getUserName() {
        return userName;
    }

    public Secret getSecretPassword() {
        return secretPassword;
    }

    public int getPort() {
        return port;
    }

    public String getName() {
        return name;
    }

    public String getNoProxyHost() {
        return noProxyHost;
    }

    public static List<Pattern> getNoProxyHostPatterns(String noProxyHost) {
        if (noProxyHost == null) {
            return Collections.emptyList();
        }
        List<Pattern> r = new ArrayList<>();
        for (String s : noProxyHost.split("[ \t\n,|]+")) {
            if (!s.isEmpty()) {
                r.add(Pattern.compile(s.replace(".", "\\.").replace("*", ".*")));
            }
        }
        return r;
    }
}
