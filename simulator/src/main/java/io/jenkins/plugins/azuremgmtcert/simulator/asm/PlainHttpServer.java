package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server that speaks plain HTTP where the client expects TLS: it answers every connection with a
 * plain-text {@code 400 Bad Request} and closes it, as a web server does when an https URL points at its http port.
 * For "TLS handshake failed" tests.
 */
public final class PlainHttpServer implements AutoCloseable {

    private static final byte[] ANSWER = ("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 11\r\nConnection: close\r\n\r\nBad Request")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final Thread acceptor;

    private PlainHttpServer(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "plain-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts listening on 127.0.0.1 and a free port. */
    public static PlainHttpServer start() throws IOException {
        return new PlainHttpServer(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
    }

    /** {@code https://127.0.0.1:{port}}: an https URL for a server that does not speak TLS. */
    public URI url() {
        return URI.create("https://127.0.0.1:" + socket.getLocalPort());
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                OutputStream out = connection.getOutputStream();
                out.write(ANSWER);
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
