package io.jenkins.plugins.azuremgmtcert.simulator.asm;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/** One subscription the simulator knows: its name, status, uploaded certificate thumbprints and hosted services. */
final class SimulatedSubscription {

    /** A hosted service; a null location means it is in an affinity group. */
    record Service(String name, String location, String status) {}

    private final String name;
    private volatile String status;
    private final Set<String> thumbprints = new CopyOnWriteArraySet<>();
    private final List<Service> hostedServices = new CopyOnWriteArrayList<>();

    SimulatedSubscription(String name, String status) {
        this.name = name;
        this.status = status;
    }

    String name() {
        return name;
    }

    String status() {
        return status;
    }

    void status(String newStatus) {
        this.status = newStatus;
    }

    boolean disabled() {
        return "Disabled".equalsIgnoreCase(status);
    }

    void addThumbprint(String thumbprint) {
        thumbprints.add(thumbprint.toUpperCase(Locale.ROOT));
    }

    boolean hasThumbprint(String thumbprint) {
        return thumbprints.contains(thumbprint.toUpperCase(Locale.ROOT));
    }

    void addHostedService(Service service) {
        hostedServices.add(service);
    }

    List<Service> hostedServices() {
        return List.copyOf(hostedServices);
    }
}
