package io.jenkins.plugins.azuremgmtcert.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The proxy of {@code https_proxy} for https URLs whose host is not in {@code no_proxy}; a direct connection for
 * everything else (the clients make https requests only).
 */
final class EnvironmentProxySelector extends ProxySelector {

    private final Proxy proxy;
    private final NoProxyList noProxy;

    EnvironmentProxySelector(String host, int port, NoProxyList noProxy) {
        this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        this.noProxy = noProxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("https") || host == null || noProxy.matches(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // one proxy and no fall-back: the client reports the failure itself
    }

    @Override
    public String toString() {
        return "EnvironmentProxySelector[" + proxy.address() + ", no_proxy=" + noProxy + "]";
    }
}
