package io.jenkins.plugins.azuremgmtcert.simulator.asm;

/** The Service Management operations the simulator serves, for targeting a {@link Fault}. */
public enum Operation {
    /** Any request. */
    ANY,
    /** {@code GET /{subscription}}. */
    GET_SUBSCRIPTION,
    /** {@code GET /{subscription}/services/hostedservices}. */
    LIST_HOSTED_SERVICES;

    static Operation of(String path) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        if (segments.length == 2) {
            return GET_SUBSCRIPTION;
        }
        if (segments.length == 4
                && segments[2].equalsIgnoreCase("services")
                && segments[3].equalsIgnoreCase("hostedservices")) {
            return LIST_HOSTED_SERVICES;
        }
        return ANY;
    }
}
