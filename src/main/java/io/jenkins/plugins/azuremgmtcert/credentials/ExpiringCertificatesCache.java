package io.jenkins.plugins.azuremgmtcert.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last computed list of expiring certificates, which pages read, and the refreshes that recompute it. Reading
 * never scans; {@link #refresh()} scans on the calling thread, {@link #requestRefresh()} on the executor, where
 * requests made before that refresh starts are served by it (a burst of saves costs one or two scans, not one each).
 */
final class ExpiringCertificatesCache {
    private static final Logger LOGGER = Logger.getLogger(ExpiringCertificatesCache.class.getName());

    private final Supplier<List<ExpiringCertificate>> scan;
    private final Executor executor;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Object refreshing = new Object();
    private volatile List<ExpiringCertificate> current = List.of();

    /**
     * @param scan computes the list (walks the credentials); called only by refreshes, one at a time
     * @param executor runs requested refreshes, off the thread that requests them
     */
    ExpiringCertificatesCache(@NonNull Supplier<List<ExpiringCertificate>> scan, @NonNull Executor executor) {
        this.scan = scan;
        this.executor = executor;
    }

    /** The list the last refresh computed (empty before the first), soonest expiry first; never scans. */
    @NonNull
    List<ExpiringCertificate> current() {
        return current;
    }

    /** Recomputes the list now; if the scan fails the previous list stays (and the failure is logged). */
    void refresh() {
        synchronized (refreshing) {
            List<ExpiringCertificate> found;
            try {
                found = List.copyOf(scan.get());
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Could not look for expiring Azure management certificates", e);
                return;
            }
            current = found;
        }
    }

    /** Asks for a refresh on the executor, unless one is queued and not started yet: that one will see this change. */
    void requestRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            executor.execute(this::queuedRefresh);
        }
    }

    private void queuedRefresh() {
        // cleared before scanning: a change made during the scan asks for (and gets) another refresh
        refreshQueued.set(false);
        refresh();
    }
}
