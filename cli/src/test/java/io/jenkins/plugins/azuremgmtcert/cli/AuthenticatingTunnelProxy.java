package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP proxy that tunnels {@code CONNECT} to loopback ports only after Basic authentication: without the
 * expected {@code Proxy-Authorization} it answers 407 with a Basic challenge. Records the authorization headers it
 * received. Stops on {@link #close()}.
 */
final class AuthenticatingTunnelProxy implements AutoCloseable {

    private static final int SOCKET_TIMEOUT_MILLIS = 10_000;

    private final ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    private final String expectedAuthorization;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    AuthenticatingTunnelProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        Thread acceptor = new Thread(this::accept, "tunnel-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The {@code Proxy-Authorization} values received, in order. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                client.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
                sockets.add(client);
                Thread handler = new Thread(() -> handle(client), "tunnel-proxy-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String authorization = header(head, "proxy-authorization");
                if (authorization != null) {
                    authorizations.add(authorization);
                }
                if (!expectedAuthorization.equals(authorization)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\""
                                    + "\r\nContent-Length: 0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                String target = head.substring(0, head.indexOf("\r\n")).split(" ")[1];
                int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port);
                sockets.add(upstream);
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread back = new Thread(() -> pipe(upstream, client), "tunnel-proxy-back");
                back.setDaemon(true);
                back.start();
                pipe(client, upstream);
                return;
            }
        } catch (IOException | RuntimeException e) {
            close(client);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return null;
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed: the tunnel ends
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        sockets.forEach(AuthenticatingTunnelProxy::close);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }
}
