package io.jenkins.plugins.azuremgmtcert.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The monitor's cache: pages ({@code isActivated()}, the message) read what the last refresh computed and never scan;
 * refreshes scan once each, one at a time; requested refreshes run on the executor and coalesce.
 */
class ExpiringCertificatesCacheTest {
    private static final ExpiringCertificate SOON = new ExpiringCertificate(
            "Staging (asm)",
            "0123456789ABCDEF0123456789ABCDEF01234567",
            "2027-01-10",
            false,
            "manage/credentials/store/system/domain/_/credential/asm/");

    /** A scan that counts its calls and returns (or throws) whatever it is set to. */
    private static final class CountingScan implements Supplier<List<ExpiringCertificate>> {
        final AtomicInteger calls = new AtomicInteger();
        volatile List<ExpiringCertificate> result = List.of(SOON);
        volatile RuntimeException failure;
        volatile Runnable duringScan;

        @Override
        public List<ExpiringCertificate> get() {
            calls.incrementAndGet();
            List<ExpiringCertificate> found = result;
            Runnable during = duringScan;
            if (during != null) {
                during.run();
            }
            if (failure != null) {
                throw failure;
            }
            return found;
        }
    }

    /** An executor that only queues: the test decides when queued refreshes run. */
    private static final class QueueingExecutor implements Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            Runnable next;
            while ((next = queued.poll()) != null) {
                next.run();
            }
        }
    }

    private final CountingScan scan = new CountingScan();
    private final QueueingExecutor executor = new QueueingExecutor();
    private final ExpiringCertificatesCache cache = new ExpiringCertificatesCache(scan, executor);

    @Test
    void theMonitorReadsTheCacheAndNeverScans() {
        ExpiringCertificatesMonitor monitor = new ExpiringCertificatesMonitor(cache);
        for (int page = 0; page < 100; page++) {
            assertFalse(monitor.isActivated());
            assertTrue(monitor.getExpiring().isEmpty());
        }
        assertEquals(0, scan.calls.get(), "a page scanned the credentials");

        cache.refresh();
        for (int page = 0; page < 100; page++) {
            assertTrue(monitor.isActivated());
            assertEquals(List.of(SOON), monitor.getExpiring());
        }
        assertEquals(1, scan.calls.get(), "pages after a refresh scanned again");
    }

    @Test
    void aRefreshScansOnceAndReplacesTheList() {
        cache.refresh();
        assertEquals(1, scan.calls.get());
        assertEquals(List.of(SOON), cache.current());

        scan.result = List.of();
        cache.refresh();
        assertEquals(2, scan.calls.get());
        assertTrue(cache.current().isEmpty(), "a renewed certificate is still listed");
    }

    @Test
    void readersCannotChangeTheList() {
        scan.result = new ArrayList<>(List.of(SOON));
        cache.refresh();
        assertThrows(UnsupportedOperationException.class, () -> cache.current().clear());
        scan.result.clear();
        assertEquals(List.of(SOON), cache.current(), "the scan's own list is shared with readers");
    }

    @Test
    void aRequestedRefreshRunsOnTheExecutorNotTheCallingThread() {
        cache.requestRefresh();
        assertEquals(0, scan.calls.get(), "the requesting thread (a save) scanned");
        assertTrue(cache.current().isEmpty());

        executor.runAll();
        assertEquals(1, scan.calls.get());
        assertEquals(List.of(SOON), cache.current());
    }

    @Test
    void requestsBeforeTheQueuedRefreshStartsShareOneScan() {
        for (int save = 0; save < 500; save++) {
            cache.requestRefresh();
        }
        assertEquals(1, executor.queued.size(), "a burst of saves queued more than one refresh");

        executor.runAll();
        assertEquals(1, scan.calls.get());
    }

    @Test
    void aRequestDuringAScanGetsAnotherScanThatSeesTheChange() {
        scan.duringScan = () -> {
            // a credential is saved while the first scan runs, which may have missed it
            scan.duringScan = null;
            scan.result = List.of();
            cache.requestRefresh();
        };

        cache.requestRefresh();
        executor.runAll();

        assertEquals(2, scan.calls.get());
        assertTrue(cache.current().isEmpty(), "the change saved during the first scan was lost");
    }

    @Test
    void aFailingScanKeepsTheLastList() {
        cache.refresh();
        scan.failure = new IllegalStateException("store unreadable");

        cache.refresh();

        assertEquals(2, scan.calls.get());
        assertEquals(List.of(SOON), cache.current());
    }

    @Test
    void refreshesRunOneAtATime() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ExpiringCertificatesCache slow = new ExpiringCertificatesCache(
                () -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return List.of(SOON);
                },
                executor);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> refreshes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                refreshes.add(threads.submit(slow::refresh));
            }
            for (Future<?> refresh : refreshes) {
                refresh.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, mostAtOnce.get(), "two scans ran at once");
    }
}
