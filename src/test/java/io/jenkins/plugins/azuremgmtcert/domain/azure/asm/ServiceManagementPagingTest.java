package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionSettings;
import io.jenkins.plugins.azuremgmtcert.domain.azure.HostedService;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.CertificateGenerator;
import io.jenkins.plugins.azuremgmtcert.domain.certificate.ManagementCertificate;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.Fault;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.Operation;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.RecordedRequest;
import io.jenkins.plugins.azuremgmtcert.simulator.asm.ServiceManagementSimulator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** List Cloud Services in pages linked by {@code x-ms-continuation-token}, and a server that never stops paging. */
class ServiceManagementPagingTest {

    private static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";

    private static ManagementCertificate certificate;
    private static ServiceManagementSimulator azure;
    private static ServiceManagementClient client;

    @BeforeAll
    static void start() {
        certificate = CertificateGenerator.forName("paging test").generate();
        azure = ServiceManagementSimulator.builder().hostedServicesPageSize(2).build();
        azure.addSubscription(SUBSCRIPTION, "Paged", "Active");
        azure.uploadCertificate(SUBSCRIPTION, certificate.certificate());
        IntStream.range(0, 5).forEach(i -> azure.addHostedService(SUBSCRIPTION, "svc" + i, "West US", "Created"));
        client = new ServiceManagementClient(ConnectionSettings.defaults().withTrustStore(azure.trustStore()));
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    @AfterEach
    void dropUnusedFaults() {
        azure.clearFaults();
    }

    private static List<RecordedRequest> listRequestsSince(int before) {
        return azure.requests().subList(before, azure.requests().size()).stream()
                .filter(r -> r.path().endsWith("/services/hostedservices"))
                .toList();
    }

    @Test
    void followsContinuationTokensToTheLastPage() {
        int before = azure.requests().size();

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals(
                List.of("svc0", "svc1", "svc2", "svc3", "svc4"),
                result.hostedServices().stream().map(HostedService::name).toList());
        assertTrue(result.message().endsWith("5 hosted services"), result::message);
        assertEquals(3, listRequestsSince(before).size());
    }

    @Test
    void stopsFollowingAServerThatPagesForever() {
        String page = "<HostedServices xmlns=\"http://schemas.microsoft.com/windowsazure\"><HostedService>"
                + "<ServiceName>again</ServiceName></HostedService></HostedServices>";
        for (int i = 0; i < ServiceManagementClient.MAX_PAGES + 5; i++) {
            azure.injectFault(
                    Operation.LIST_HOSTED_SERVICES,
                    Fault.raw(200, "application/xml", page).withHeader("x-ms-continuation-token", "again"));
        }
        int before = azure.requests().size();

        ConnectionResult result = client.testConnection(azure.url(), SUBSCRIPTION, certificate);

        assertTrue(result.isSuccess(), result::toString);
        assertEquals(ServiceManagementClient.MAX_PAGES, result.hostedServices().size());
        assertEquals(
                ServiceManagementClient.MAX_PAGES, listRequestsSince(before).size());
    }
}
