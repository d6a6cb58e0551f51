package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.Objects;

/**
 * How an agency's filing behaves.
 *
 * @param retryFor           how long a call is retried when no answer comes, or a 429, 502, 503 or 504 does
 *                           (or a 409 with {@code Retry-After}: the same key's first request still runs); zero
 *                           for no retries (a fault-injection run sets it past the outage). Every write carries an
 *                           {@code Idempotency-Key}, so a retry never applies a command twice.
 * @param pollInterval       how often a filing looks whether validation has answered (the moment of publication is
 *                           the watch's, so a {@link KafkaPublicationWatch} measures it exactly whatever this is)
 * @param publicationTimeout how long a filing waits for validation and publication before it counts as failed
 * @param requestTimeout     how long one HTTP attempt may take
 */
public record FilingOptions(Duration retryFor, Duration pollInterval, Duration publicationTimeout,
                            Duration requestTimeout) {

    public static final FilingOptions DEFAULTS = new FilingOptions(Duration.ZERO, Duration.ofSeconds(1),
            Duration.ofMinutes(5), Duration.ofSeconds(60));

    public FilingOptions {
        Objects.requireNonNull(retryFor, "retryFor");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(publicationTimeout, "publicationTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public FilingOptions withRetryFor(Duration retry) {
        return new FilingOptions(retry, pollInterval, publicationTimeout, requestTimeout);
    }

    public FilingOptions withRequestTimeout(Duration timeout) {
        return new FilingOptions(retryFor, pollInterval, publicationTimeout, timeout);
    }

    public FilingOptions withPublicationTimeout(Duration timeout) {
        return new FilingOptions(retryFor, pollInterval, timeout, requestTimeout);
    }
}
