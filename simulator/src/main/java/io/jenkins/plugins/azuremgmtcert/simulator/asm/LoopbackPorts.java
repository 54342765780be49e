package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for connection tests. */
public final class LoopbackPorts {

    private LoopbackPorts() {}

    /**
     * A port on 127.0.0.1 that nothing listens on (it was free a moment ago; the system hands out ephemeral ports in
     * rotation, so it stays free long enough for a test), for "connection refused" tests.
     */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
