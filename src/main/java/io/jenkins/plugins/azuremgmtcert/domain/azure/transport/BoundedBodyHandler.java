package io.jenkins.plugins.azuremgmtcert.domain.azure.transport;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a limit. A body announced ({@code Content-Length}) or found to be larger
 * fails with {@link ResponseTooLargeException} and the rest is not read (the subscription is cancelled), so a hostile
 * or misdirected server cannot exhaust memory. The response completes only once the whole body is read, so a timeout
 * on the response also bounds a slow body.
 */
public final class BoundedBodyHandler implements HttpResponse.BodyHandler<byte[]> {

    /** The limit for Azure management responses: 1 MiB. */
    public static final int ONE_MIB = 1024 * 1024;

    private final int limit;

    /** A handler that accepts bodies of at most {@code limit} bytes. */
    public BoundedBodyHandler(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo responseInfo) {
        long announced =
                responseInfo.headers().firstValueAsLong("Content-Length").orElse(-1L);
        return new Subscriber(limit, announced > limit);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final boolean tooLargeUpFront;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Subscriber(int limit, boolean tooLargeUpFront) {
            this.limit = limit;
            this.tooLargeUpFront = tooLargeUpFront;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            this.subscription = newSubscription;
            if (tooLargeUpFront) {
                newSubscription.cancel();
                result.completeExceptionally(new ResponseTooLargeException(limit));
            } else {
                newSubscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (body.size() + buffer.remaining() > limit) {
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    result.completeExceptionally(new ResponseTooLargeException(limit));
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                body.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }
}
