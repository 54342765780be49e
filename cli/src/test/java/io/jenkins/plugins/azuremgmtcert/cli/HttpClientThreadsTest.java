package io.jenkins.plugins.azuremgmtcert.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HttpClientThreadsTest {

    @Test
    void recognisesTheJdkNameOfTheSelectorThreadOnly() {
        assertTrue(HttpClientThreads.isSelectorThread("HttpClient-1-SelectorManager"));
        assertTrue(HttpClientThreads.isSelectorThread("HttpClient-12-SelectorManager"));
        assertFalse(HttpClientThreads.isSelectorThread("HttpClient-1-Worker-0"));
        assertFalse(HttpClientThreads.isSelectorThread("main"));
    }

    @Test
    void endsTheSelectorThreadOfAClient() {
        HttpClient client = HttpClient.newHttpClient();
        List<Thread> before = selectorThreads();
        assertFalse(before.isEmpty(), "a client's selector thread runs from its creation");
        assertTrue(HttpClientThreads.stopAll() >= before.size());
        for (Thread thread : before) {
            assertFalse(thread.isAlive(), thread.getName());
        }
        assertTrue(client.version() != null); // kept reachable until its thread was stopped
    }

    private static List<Thread> selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> HttpClientThreads.isSelectorThread(t.getName()))
                .collect(Collectors.toList());
    }
}
