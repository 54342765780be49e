package io.jenkins.plugins.azuremgmtcert.domain.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionResultTest {

    @Test
    void summarisesAServiceManagementSuccess() {
        ConnectionResult result = ConnectionResult.connected(
                ConnectionResult.SERVICE_MANAGEMENT,
                "Pay-As-You-Go",
                "Active",
                List.of(new HostedService("a", "West US", "Created"), new HostedService("b", null, null)));

        assertTrue(result.isSuccess());
        assertNull(result.failureKind());
        assertNull(result.requestId());
        assertEquals("Service Management", result.api());
        assertEquals(
                "Connected to subscription 'Pay-As-You-Go' (Active) through Service Management: " + "2 hosted services",
                result.message());
    }

    @Test
    void countsOneAndNoHostedServicesInWords() {
        assertTrue(ConnectionResult.connected(
                        ConnectionResult.SERVICE_MANAGEMENT, "S", "Active", List.of(new HostedService("a", null, null)))
                .message()
                .endsWith(": 1 hosted service"));
        assertTrue(ConnectionResult.connected(ConnectionResult.SERVICE_MANAGEMENT, "S", "Active", List.of())
                .message()
                .endsWith(": no hosted services"));
    }

    @Test
    void leavesHostedServicesOutOfAResourceManagerSummary() {
        ConnectionResult result =
                ConnectionResult.connected(ConnectionResult.RESOURCE_MANAGER, "Prod", "Enabled", List.of());

        assertEquals("Connected to subscription 'Prod' (Enabled) through Resource Manager", result.message());
        assertEquals(
                result.message(),
                ConnectionResult.connected(ConnectionResult.RESOURCE_MANAGER, "Prod", "Enabled")
                        .message());
    }

    @Test
    void isImmutable() {
        List<HostedService> services = new ArrayList<>(List.of(new HostedService("a", null, null)));
        ConnectionResult result =
                ConnectionResult.connected(ConnectionResult.SERVICE_MANAGEMENT, "S", "Active", services);
        services.clear();

        assertEquals(1, result.hostedServices().size());
        assertThrows(
                UnsupportedOperationException.class,
                () -> result.hostedServices().clear());
    }

    @Test
    void carriesAFailureWithItsRequestId() {
        ConnectionResult result = ConnectionResult.failed(FailureKind.THROTTLED, "Retry later.", "abc123");

        assertFalse(result.isSuccess());
        assertEquals(FailureKind.THROTTLED, result.failureKind());
        assertEquals("Retry later.", result.message());
        assertEquals("abc123", result.requestId());
        assertNull(result.subscriptionName());
        assertNull(result.subscriptionStatus());
        assertTrue(result.hostedServices().isEmpty());
        assertTrue(result.toString().contains("THROTTLED"));
    }

    @Test
    void requiresAKindAndAMessage() {
        assertThrows(NullPointerException.class, () -> ConnectionResult.failed(null, "m", null));
        assertThrows(NullPointerException.class, () -> ConnectionResult.failed(FailureKind.TIMEOUT, null, null));
    }
}
