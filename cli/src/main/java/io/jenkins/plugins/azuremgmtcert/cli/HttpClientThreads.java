package io.jenkins.plugins.azuremgmtcert.cli;

/**
 * Ends the selector threads of the JDK's HTTP clients before the process exits. On Java 17 every {@code HttpClient}
 * has a daemon thread, {@code HttpClient-N-SelectorManager}, that waits in native code ({@code epoll_wait}) until
 * the client is garbage collected and its 3-second poll returns. HotSpot's exit waits up to 300 ms for threads
 * running native code to block, so every {@code test} ended 0.3 s after its work was done (docs/benchmarks.md,
 * "Start-up of the command-line tool"). An interrupt ends the thread at once: its loop stops, closing the client's
 * connections, much as {@code HttpClient.shutdownNow()} of Java 21 does. Only for the end of the process: a client
 * whose thread has ended cannot send again.
 */
final class HttpClientThreads {

    /** How long to wait for one thread to end; it takes well under a millisecond. */
    private static final long JOIN_MILLIS = 200;

    private HttpClientThreads() {}

    /**
     * Interrupts the selector threads of all HTTP clients and waits briefly for them to end.
     *
     * @return how many threads were interrupted
     */
    static int stopAll() {
        int stopped = 0;
        for (Thread thread : allThreads()) {
            if (thread != null && isSelectorThread(thread.getName())) {
                thread.interrupt();
                try {
                    thread.join(JOIN_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return stopped;
                }
                stopped++;
            }
        }
        return stopped;
    }

    /** The JDK's name for the thread, "HttpClient-" + the client's number + "-SelectorManager". */
    static boolean isSelectorThread(String name) {
        return name.startsWith("HttpClient-") && name.endsWith("-SelectorManager");
    }

    private static Thread[] allThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        root.enumerate(threads, true);
        return threads;
    }
}
