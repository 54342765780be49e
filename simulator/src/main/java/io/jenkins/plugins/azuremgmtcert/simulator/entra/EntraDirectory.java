package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulated Entra ID and Resource Manager know: tenants (by ID and domain names), the applications (client
 * IDs) registered in each, the certificates uploaded to each application, subscriptions and which applications may
 * read them. Thread-safe, since tests change it while the server answers.
 */
final class EntraDirectory {

    /** A subscription as Resource Manager describes it. */
    record Subscription(String id, String tenantId, String displayName, String state) {}

    private final Map<String, String> tenantIdsByName = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Map<String, Set<X509Certificate>>> applicationsByTenant = new ConcurrentHashMap<>();
    private final Map<String, Subscription> subscriptions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Set<String>> readersBySubscription = new ConcurrentHashMap<>();
    private final Set<String> extraResources = ConcurrentHashMap.newKeySet();

    void addResource(String resource) {
        extraResources.add(key(resource));
    }

    boolean isExtraResource(String resource) {
        return extraResources.contains(key(resource));
    }

    void addTenant(String tenantId, String... domainNames) {
        String id = key(tenantId);
        tenantIdsByName.put(id, id);
        for (String domain : domainNames) {
            tenantIdsByName.put(key(domain), id);
        }
        applicationsByTenant.putIfAbsent(id, new ConcurrentHashMap<>());
    }

    void addApplication(String tenantId, String clientId) {
        tenantApplications(tenantId).putIfAbsent(key(clientId), ConcurrentHashMap.newKeySet());
    }

    void addCertificate(String tenantId, String clientId, X509Certificate certificate) {
        Set<X509Certificate> certificates = tenantApplications(tenantId).get(key(clientId));
        if (certificates == null) {
            throw new IllegalArgumentException("unknown application " + clientId);
        }
        certificates.add(certificate);
    }

    void addSubscription(Subscription subscription) {
        subscriptions.put(key(subscription.id()), subscription);
        readersBySubscription.putIfAbsent(key(subscription.id()), ConcurrentHashMap.newKeySet());
    }

    void grantReader(String subscriptionId, String clientId) {
        Set<String> readers = readersBySubscription.get(key(subscriptionId));
        if (readers == null) {
            throw new IllegalArgumentException("unknown subscription " + subscriptionId);
        }
        readers.add(key(clientId));
    }

    /** The tenant ID for a tenant ID or domain name, if the tenant exists. */
    Optional<String> resolveTenant(String tenantIdOrDomain) {
        return Optional.ofNullable(tenantIdsByName.get(key(tenantIdOrDomain)));
    }

    /** The tenant an application is registered in, if it is registered in exactly one. */
    Optional<String> tenantOfApplication(String clientId) {
        List<String> tenants = applicationsByTenant.entrySet().stream()
                .filter(entry -> entry.getValue().containsKey(key(clientId)))
                .map(Map.Entry::getKey)
                .toList();
        return tenants.size() == 1 ? Optional.of(tenants.get(0)) : Optional.empty();
    }

    /** The subscriptions an application may read, in the order they were added. */
    List<Subscription> readableSubscriptions(String clientId) {
        synchronized (subscriptions) {
            return subscriptions.values().stream()
                    .filter(subscription -> canRead(subscription.id(), clientId))
                    .toList();
        }
    }

    /** The domain names of a tenant, in the order they were added. */
    List<String> domainNames(String tenantId) {
        synchronized (tenantIdsByName) {
            return tenantIdsByName.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(key(tenantId))
                            && !entry.getKey().equals(key(tenantId)))
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }

    boolean hasApplication(String tenantId, String clientId) {
        return tenantApplications(tenantId).containsKey(key(clientId));
    }

    /** The application's certificate whose thumbprint (SHA-1 or SHA-256, raw bytes) is the given one. */
    Optional<X509Certificate> findCertificate(
            String tenantId, String clientId, String digestAlgorithm, byte[] thumbprint) {
        return tenantApplications(tenantId).getOrDefault(key(clientId), Set.of()).stream()
                .filter(certificate -> MessageDigest.isEqual(digest(digestAlgorithm, certificate), thumbprint))
                .findFirst();
    }

    Optional<Subscription> subscription(String subscriptionId) {
        return Optional.ofNullable(subscriptions.get(key(subscriptionId)));
    }

    boolean canRead(String subscriptionId, String clientId) {
        return readersBySubscription.getOrDefault(key(subscriptionId), Set.of()).contains(key(clientId));
    }

    static byte[] digest(String algorithm, X509Certificate certificate) {
        try {
            return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot hash a certificate with " + algorithm, e);
        }
    }

    private Map<String, Set<X509Certificate>> tenantApplications(String tenantId) {
        Map<String, Set<X509Certificate>> applications = applicationsByTenant.get(key(tenantId));
        if (applications == null) {
            throw new IllegalArgumentException("unknown tenant " + tenantId);
        }
        return applications;
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
