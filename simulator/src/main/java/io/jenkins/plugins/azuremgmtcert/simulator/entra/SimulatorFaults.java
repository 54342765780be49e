package io.jenkins.plugins.azuremgmtcert.simulator.entra;

import java.util.concurrent.atomic.AtomicReference;

/** Misbehaviour the simulator can be told to show on every following request, for the client's failure paths. */
public final class SimulatorFaults {

    /** What to do instead of answering normally. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** A 200 JSON body larger than 1 MiB. */
        OVERSIZED_BODY,
        /** A 200 HTML page instead of JSON, as a captive portal or wrong URL would give. */
        HTML_PAGE,
        /** 500 with an ARM-style error body. */
        SERVER_ERROR,
        /** 429 with {@code Retry-After: 7}. */
        THROTTLED,
        /** Close the connection without answering. */
        DROP_CONNECTION
    }

    private final AtomicReference<Fault> current = new AtomicReference<>(Fault.NONE);

    SimulatorFaults() {}

    void set(Fault fault) {
        current.set(fault);
    }

    Fault current() {
        return current.get();
    }
}
