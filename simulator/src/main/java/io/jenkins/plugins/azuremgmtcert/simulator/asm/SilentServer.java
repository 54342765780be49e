package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP server that accepts connections and never answers, not even the TLS handshake: what a firewall that
 * silently drops traffic looks like from the client once the connection is up. For timeout tests.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private SilentServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::acceptForever, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts listening on 127.0.0.1 and a free port. */
    public static SilentServer start() throws IOException {
        return new SilentServer(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
    }

    /** The port it listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** {@code https://127.0.0.1:{port}}. */
    public URI url() {
        return URI.create("https://127.0.0.1:" + port());
    }

    /** How many connections were accepted so far. */
    public int acceptedConnections() {
        return accepted.size();
    }

    private void acceptForever() {
        while (!socket.isClosed()) {
            try {
                accepted.add(socket.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : accepted) {
            connection.close();
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
