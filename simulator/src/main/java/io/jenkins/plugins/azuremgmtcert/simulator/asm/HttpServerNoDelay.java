package io.jenkins.plugins.azuremgmtcert.simulator.asm;

/**
 * Makes the JDK's HTTP server, on which the simulators run, send without Nagle's algorithm (TCP_NODELAY). It writes
 * a response's headers and body in separate writes; with Nagle on, the second waits for the client's delayed ACK of
 * the first, 40 ms on Linux, on every request and in the TLS handshake. A simulator on the loopback has no use for
 * that: it made each of {@code test}'s requests 40 ms slower than the client (docs/benchmarks.md, "Start-up of the
 * command-line tool"). The JDK reads the switch, the system property {@value #PROPERTY}, once, when the first
 * server of the process is created; a value given by the user is kept.
 */
public final class HttpServerNoDelay {

    static final String PROPERTY = "sun.net.httpserver.nodelay";

    private HttpServerNoDelay() {}

    /** Call before the process's first {@code HttpServer.create} or {@code HttpsServer.create}. */
    public static void enable() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
