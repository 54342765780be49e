package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests so that all of them together finish by one deadline, response body included (the JDK's own request
 * timeout stops at the response headers), and gives up the request when the deadline passes.
 */
public final class DeadlineSender {

    private final HttpClient client;
    private final Instant deadline;
    private final Clock clock;

    /** A sender whose requests must all complete within {@code budget} from now. */
    public DeadlineSender(HttpClient client, Duration budget) {
        this(client, budget, Clock.systemUTC());
    }

    DeadlineSender(HttpClient client, Duration budget, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.deadline = clock.instant().plus(budget);
    }

    /**
     * Sends the request (built without a timeout; the remaining time is set here) and returns the whole response.
     *
     * @throws HttpTimeoutException when the deadline passes first
     * @throws IOException the transport failure, unwrapped from the asynchronous machinery
     */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new HttpTimeoutException("deadline passed before the request was sent");
        }
        CompletableFuture<HttpResponse<T>> response =
                client.sendAsync(request.timeout(remaining).build(), handler);
        try {
            return response.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("no complete response within the deadline");
        } catch (InterruptedException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException | CancellationException e) {
            throw asIoException(e);
        }
    }

    private static IOException asIoException(Exception wrapper) {
        Throwable cause = wrapper;
        while ((cause instanceof ExecutionException
                        || cause instanceof CompletionException
                        || cause instanceof CancellationException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException) {
            return (IOException) cause;
        }
        return new IOException(cause.getClass().getSimpleName(), cause);
    }
}
