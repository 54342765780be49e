package io.jenkins.plugins.azuremgmtcert.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts {@code no_proxy} says to reach directly, read as curl does: a comma-separated list of host names, domain
 * suffixes and IP addresses; {@code example.com} and {@code .example.com} both match {@code example.com} and every
 * host under it; {@code *} alone matches every host; a {@code :port} after an entry is ignored; blanks are skipped.
 */
final class NoProxyList {

    private final boolean everyHost;
    private final List<String> entries;

    private NoProxyList(boolean everyHost, List<String> entries) {
        this.everyHost = everyHost;
        this.entries = List.copyOf(entries);
    }

    /** Parses the variable's value; an empty value matches no host. */
    static NoProxyList parse(String value) {
        List<String> entries = new ArrayList<>();
        boolean everyHost = false;
        for (String raw : value.split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.equals("*")) {
                everyHost = true;
                continue;
            }
            entry = withoutPort(entry);
            while (entry.startsWith(".")) {
                entry = entry.substring(1);
            }
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return new NoProxyList(everyHost, entries);
    }

    /** Whether {@code host} (a name or an IP literal, IPv6 with or without brackets) is to be reached directly. */
    boolean matches(String host) {
        if (everyHost) {
            return true;
        }
        String name = unbracketed(host.toLowerCase(Locale.ROOT));
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String entry : entries) {
            if (name.equals(entry) || name.endsWith("." + entry)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPort(String entry) {
        if (entry.startsWith("[")) {
            int end = entry.indexOf(']');
            return end < 0 ? entry.substring(1) : entry.substring(1, end);
        }
        int colon = entry.indexOf(':');
        boolean hostAndPort = colon >= 0 && colon == entry.lastIndexOf(':');
        return hostAndPort ? entry.substring(0, colon) : entry;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return everyHost ? "[*]" : entries.toString();
    }
}
