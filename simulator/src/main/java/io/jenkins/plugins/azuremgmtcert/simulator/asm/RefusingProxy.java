package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP proxy that refuses every {@code CONNECT} tunnel with a fixed status: 407 (with a
 * {@code Proxy-Authenticate: Basic} challenge) for "proxy authentication required", 403 for "proxy refused". It
 * never connects anywhere. Records the request lines it received.
 */
public final class RefusingProxy implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final ServerSocket socket;
    private final int status;
    private final Thread acceptor;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    private RefusingProxy(ServerSocket socket, int status) {
        this.socket = socket;
        this.status = status;
        this.acceptor = new Thread(this::serve, "refusing-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy answering every tunnel request with {@code status} (e.g. 407 or 403). */
    public static RefusingProxy start(int status) throws IOException {
        return new RefusingProxy(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()), status);
    }

    /** The proxy's address, for {@code ProxySelector.of}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** The request lines received, e.g. {@code CONNECT 127.0.0.1:443 HTTP/1.1}. */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(5000);
                String head = readHead(connection.getInputStream());
                requestLines.add(head.lines().findFirst().orElse(""));
                OutputStream out = connection.getOutputStream();
                out.write(response().getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private String response() {
        if (status == 407) {
            return "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"simulator\"\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        }
        return "HTTP/1.1 " + status + " Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < MAX_HEADER_BYTES && !head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
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
