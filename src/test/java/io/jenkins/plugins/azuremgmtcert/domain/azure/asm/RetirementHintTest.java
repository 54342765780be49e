package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without network: resolving Azure's real host names here would leave the machine. */
class RetirementHintTest {

    private static final URI PUBLIC = URI.create("https://management.core.windows.net/sub/services/hostedservices");

    @Test
    void notesTheRetirementWhenAzuresOwnHostIsGone() {
        ConnectionResult dns = ConnectionResult.failed(FailureKind.DNS_FAILURE, "Cannot resolve.", null);

        ConnectionResult hinted = RetirementHint.addTo(dns, PUBLIC);

        assertEquals(FailureKind.DNS_FAILURE, hinted.failureKind());
        assertTrue(
                hinted.message()
                        .startsWith("Cannot resolve. Note: management.core.windows.net is the Service"
                                + " Management endpoint Azure retired on 31 August 2024"),
                hinted::message);
    }

    @Test
    void notesItForTheOtherCloudsToo() {
        ConnectionResult refused = ConnectionResult.failed(FailureKind.CONNECTION_REFUSED, "Refused.", null);

        assertTrue(RetirementHint.addTo(refused, URI.create("https://MANAGEMENT.core.usgovcloudapi.net/x"))
                .message()
                .contains("Resource Manager option"));
    }

    @Test
    void leavesOtherHostsAndOtherFailuresAlone() {
        ConnectionResult dns = ConnectionResult.failed(FailureKind.DNS_FAILURE, "Cannot resolve.", null);
        ConnectionResult timeout = ConnectionResult.failed(FailureKind.TIMEOUT, "Slow.", null);

        assertSame(dns, RetirementHint.addTo(dns, URI.create("https://asm.example.test/sub")));
        assertSame(timeout, RetirementHint.addTo(timeout, PUBLIC));
    }

    @Test
    void leavesSuccessAlone() {
        ConnectionResult success =
                ConnectionResult.connected(ConnectionResult.SERVICE_MANAGEMENT, "S", "Active", List.of());

        assertSame(success, RetirementHint.addTo(success, PUBLIC));
    }
}
