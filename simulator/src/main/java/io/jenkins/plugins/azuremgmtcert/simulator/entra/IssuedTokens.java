package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens the simulated token endpoint has issued: random, opaque, each for one client until it expires. */
final class IssuedTokens {

    private record Grant(String clientId, Instant expiry) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    String issue(String clientId, Instant expiry) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(clientId, expiry));
        return token;
    }

    /** The client a still valid token was issued to. */
    Optional<String> clientOf(String token, Instant now) {
        Grant grant = grants.get(token);
        if (grant == null || !grant.expiry().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(grant.clientId());
    }

    int count() {
        return grants.size();
    }
}
