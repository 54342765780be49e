package io.jenkins.plugins.azuremgmtcert.e2e;

import java.util.UUID;

/** Per-test state in the shared Azure simulators: each test works in subscriptions of its own. */
final class Simulators {
    private Simulators() {}

    /** A new active subscription in the Service Management simulator, with one hosted service. */
    static String newSubscription(E2e e2e, String name) {
        String id = UUID.randomUUID().toString();
        e2e.serviceManagement().addSubscription(id, name, "Active");
        e2e.serviceManagement().addHostedService(id, "web-frontend", "West Europe", "Created");
        return id;
    }
}
