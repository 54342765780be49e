package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens the simulated token endpoint has issued: random, opaque, each for one client until it expires. */
final class IssuedTokens {

    /** To whom, in which tenant, and until when a token was issued. */
    record Grant(String clientId, String tenantId, Instant expiry) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    String issue(String clientId, String tenantId, Instant expiry) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(clientId, tenantId, expiry));
        return token;
    }

    /** The client a still valid token was issued to. */
    Optional<String> clientOf(String token, Instant now) {
        return grantOf(token, now).map(Grant::clientId);
    }

    /** The grant of a still valid token. */
    Optional<Grant> grantOf(String token, Instant now) {
        Grant grant = grants.get(token);
        if (grant == null || !grant.expiry().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    int count() {
        return grants.size();
    }
}
