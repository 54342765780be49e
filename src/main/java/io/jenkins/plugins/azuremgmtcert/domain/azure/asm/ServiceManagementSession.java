package io.jenkins.plugins.azuremgmtcert.domain.azure.asm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.azuremgmtcert.domain.azure.ConnectionResult;
import io.jenkins.plugins.azuremgmtcert.domain.azure.FailureKind;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.BoundedBodyHandler;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.DeadlineSender;
import io.jenkins.plugins.azuremgmtcert.domain.azure.transport.TransportFailureClassifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The requests of one connection test: each a GET with {@code x-ms-version}, within the test's deadline, its body
 * bounded, and every failure turned into a {@link TestFailure}.
 */
final class ServiceManagementSession {

    private static final Logger LOGGER = Logger.getLogger(ServiceManagementSession.class.getName());

    private final DeadlineSender sender;
    private final TransportFailureClassifier transport;
    private final ErrorMapper errors;

    ServiceManagementSession(DeadlineSender sender, TransportFailureClassifier transport, ErrorMapper errors) {
        this.sender = sender;
        this.transport = transport;
        this.errors = errors;
    }

    ErrorMapper errors() {
        return errors;
    }

    /**
     * Gets {@code uri} and returns the answer whose root element is {@code expectedRoot}.
     *
     * @param continuationToken the {@code x-ms-continuation-token} of the previous page, or null
     */
    ResponseInterpreter.Answer get(URI uri, String expectedRoot, @CheckForNull String continuationToken)
            throws TestFailure {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).GET().header("x-ms-version", ServiceManagementClient.API_VERSION);
        if (continuationToken != null) {
            request.header(ResponseInterpreter.CONTINUATION_TOKEN, continuationToken);
        }
        HttpResponse<byte[]> response;
        try {
            response = sender.send(request, new BoundedBodyHandler(BoundedBodyHandler.ONE_MIB));
        } catch (IOException e) {
            // The result names only the exception's class; administrators who need the whole story find it here.
            LOGGER.log(Level.FINE, e, () -> "Service Management request to " + uri.getHost() + " failed");
            ConnectionResult failure = transport.classify(e, uri);
            if (failure.failureKind() == FailureKind.NOT_SERVICE_MANAGEMENT) {
                throw errors.notServiceManagement(uri, 401, Messages.Answer_PasswordChallenge(), null);
            }
            throw new TestFailure(RetirementHint.addTo(failure, uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestFailure(transport.interrupted(uri));
        }
        return new ResponseInterpreter(uri, errors).expect(response, expectedRoot);
    }
}
