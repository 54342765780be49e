package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;

/**
 * A loopback HTTPS simulator of Azure Service Management (the "classic" API Azure retired on 31 August 2024): Get
 * Subscription and List Cloud Services with the XML, headers and errors of the wire facts, mutual TLS with any client
 * certificate checked by thumbprint, and faults injected per request. Binds 127.0.0.1 on a free port; stops on
 * {@link #close()}.
 *
 * <pre>{@code
 * try (ServiceManagementSimulator azure = ServiceManagementSimulator.builder().build()) {
 *     azure.addSubscription(id, "Pay-As-You-Go", "Active");
 *     azure.uploadCertificate(id, certificate);
 *     azure.addHostedService(id, "myservice", "West US", "Created");
 *     // client trusts azure.trustStore() and calls azure.url()
 * }
 * }</pre>
 */
public final class ServiceManagementSimulator implements AutoCloseable {

    private final HttpsServer server;
    private final ExecutorService executor;
    private final LoopbackTlsIdentity identity;
    private final int pageSize;
    private final URI url;
    private final Map<String, SimulatedSubscription> subscriptions = new ConcurrentHashMap<>();
    private final List<Map.Entry<Operation, Fault>> faults = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private ServiceManagementSimulator(
            LoopbackTlsIdentity identity, X509Certificate[] advertisedIssuers, int pageSize, int port)
            throws IOException, GeneralSecurityException {
        this.identity = identity;
        this.pageSize = pageSize;
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(
                identity.serverKeyManagers().getKeyManagers(),
                new TrustManager[] {new AcceptAnyClientCertificate(advertisedIssuers)},
                null);
        HttpServerNoDelay.enable();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                parameters.setWantClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", new ServiceManagementHandler(this));
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "service-management-simulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        url = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A builder; the default server certificate names {@code localhost} and {@code 127.0.0.1}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL, {@code https://127.0.0.1:{port}}, without a trailing slash. */
    public URI url() {
        return url;
    }

    /** The port the simulator listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** A trust store with the simulator's CA certificate; the only way a client should come to trust it. */
    public KeyStore trustStore() {
        return identity.trustStore();
    }

    /** The certificate the simulator presents. */
    public X509Certificate serverCertificate() {
        return identity.serverCertificate();
    }

    /** Adds (or replaces) a subscription with no certificates and no hosted services. */
    public void addSubscription(String subscriptionId, String name, String status) {
        subscriptions.put(key(subscriptionId), new SimulatedSubscription(name, status));
    }

    /** Changes a subscription's status, e.g. to {@code Disabled}. */
    public void setSubscriptionStatus(String subscriptionId, String status) {
        existing(subscriptionId).status(status);
    }

    /** "Uploads" the public certificate: requests presenting it are authorised for the subscription. */
    public void uploadCertificate(String subscriptionId, X509Certificate certificate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            existing(subscriptionId)
                    .addThumbprint(HexFormat.of().withUpperCase().formatHex(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot compute the certificate's thumbprint", e);
        }
    }

    /** "Uploads" a {@code .cer} file (DER or PEM), as a user does in the Azure portal. */
    public void uploadCer(String subscriptionId, byte[] cer) {
        try {
            uploadCertificate(subscriptionId, (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(cer)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a certificate file", e);
        }
    }

    /** Adds a hosted service; a null location puts it in an affinity group, a null status leaves it out. */
    public void addHostedService(String subscriptionId, String name, String location, String status) {
        existing(subscriptionId).addHostedService(new SimulatedSubscription.Service(name, location, status));
    }

    /** Queues a fault for the next request of any operation. */
    public void injectFault(Fault fault) {
        injectFault(Operation.ANY, fault);
    }

    /** Queues a fault for the next request of the given operation; each fault applies once, in order. */
    public void injectFault(Operation operation, Fault fault) {
        synchronized (faults) {
            faults.add(Map.entry(Objects.requireNonNull(operation), Objects.requireNonNull(fault)));
        }
    }

    /** Drops the faults not yet used, so one test's leftovers do not hit the next. */
    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** The requests received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int pageSize() {
        return pageSize;
    }

    SimulatedSubscription subscription(String subscriptionId) {
        return subscriptions.get(key(subscriptionId));
    }

    Fault takeFault(Operation operation) {
        synchronized (faults) {
            for (Iterator<Map.Entry<Operation, Fault>> it = faults.iterator(); it.hasNext(); ) {
                Map.Entry<Operation, Fault> entry = it.next();
                if (entry.getKey() == Operation.ANY || entry.getKey() == operation) {
                    it.remove();
                    return entry.getValue();
                }
            }
            return null;
        }
    }

    void record(RecordedRequest request) {
        requests.add(request);
    }

    private SimulatedSubscription existing(String subscriptionId) {
        SimulatedSubscription subscription = subscription(subscriptionId);
        if (subscription == null) {
            throw new IllegalArgumentException("unknown subscription " + subscriptionId + "; add it first");
        }
        return subscription;
    }

    private static String key(String subscriptionId) {
        return subscriptionId.toLowerCase(Locale.ROOT);
    }

    /** Configures the simulator before it starts. */
    public static final class Builder {

        private List<String> serverNames = List.of("localhost", "127.0.0.1");
        private X509Certificate[] advertisedIssuers = new X509Certificate[0];
        private int pageSize = Integer.MAX_VALUE;
        private int port;

        private Builder() {}

        /**
         * Listens on this loopback port instead of a free one: 443, with {@code serverCertificateNames} of a cloud's
         * host and a hosts file that maps it to 127.0.0.1, lets a client use a cloud's own Service Management URL.
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("no such port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The names in the server certificate's subject alternative names. Give a name other than
         * {@code 127.0.0.1} to make the client see a host name mismatch.
         */
        public Builder serverCertificateNames(String... names) {
            this.serverNames = List.of(names);
            return this;
        }

        /**
         * The CAs the TLS certificate request names as acceptable issuers of client certificates (default: none).
         * Client certificates from other issuers are still accepted; only a client that offers a certificate
         * whatever the list says gets through.
         */
        public Builder advertisedClientIssuers(X509Certificate... issuers) {
            this.advertisedIssuers = issuers.clone();
            return this;
        }

        /**
         * Lists hosted services in pages of this size, linked by {@code x-ms-continuation-token} as Azure did
         * (default: all on one page).
         */
        public Builder hostedServicesPageSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("page size must be positive");
            }
            this.pageSize = size;
            return this;
        }

        /** Generates the certificates and starts listening. */
        public ServiceManagementSimulator build() {
            try {
                return new ServiceManagementSimulator(
                        LoopbackTlsIdentity.create(serverNames), advertisedIssuers, pageSize, port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Service Management simulator", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot set up the simulator's TLS", e);
            }
        }
    }
}
