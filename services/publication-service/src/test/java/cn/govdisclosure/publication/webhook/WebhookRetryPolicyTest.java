package cn.govdisclosure.publication.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.publication.config.PublicationProperties.WebhookDelivery;
import cn.govdisclosure.publication.webhook.WebhookRetryPolicy.Next;
import cn.govdisclosure.publication.webhook.WebhookRetryPolicy.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookRetryPolicyTest {

    private static final WebhookRetryPolicy POLICY = new WebhookRetryPolicy(new WebhookDelivery(Duration.ofSeconds(10),
            Duration.ofHours(1), Duration.ofHours(24), Duration.ofSeconds(10), Duration.ofSeconds(1)));
    private static final Instant FIRST = Instant.parse("2024-01-24T08:00:00Z");

    @Test
    void deliversOnAnySuccessStatus() {
        assertThat(POLICY.after(200, 1, FIRST, FIRST)).isEqualTo(new Next(Status.DELIVERED, FIRST));
        assertThat(POLICY.after(204, 3, FIRST, FIRST).status()).isEqualTo(Status.DELIVERED);
    }

    @Test
    void retriesServerErrorsTimeoutsThrottlingAndNoAnswer() {
        assertThat(POLICY.after(503, 1, FIRST, FIRST)).isEqualTo(new Next(Status.PENDING, FIRST.plusSeconds(10)));
        assertThat(POLICY.after(408, 2, FIRST, FIRST)).isEqualTo(new Next(Status.PENDING, FIRST.plusSeconds(20)));
        assertThat(POLICY.after(429, 3, FIRST, FIRST)).isEqualTo(new Next(Status.PENDING, FIRST.plusSeconds(40)));
        assertThat(POLICY.after(null, 1, FIRST, FIRST).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void failsOtherClientErrorsAtOnce() {
        assertThat(POLICY.after(400, 1, FIRST, FIRST)).isEqualTo(new Next(Status.FAILED, FIRST));
        assertThat(POLICY.after(404, 1, FIRST, FIRST).status()).isEqualTo(Status.FAILED);
        assertThat(POLICY.after(301, 1, FIRST, FIRST).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void doublesTheBackoffUpToAnHour() {
        assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(POLICY.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(POLICY.backoff(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(POLICY.backoff(10)).isEqualTo(Duration.ofHours(1));
        assertThat(POLICY.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retriesForADayAfterTheFirstAttemptThenFails() {
        Instant lateAttempt = FIRST.plus(Duration.ofHours(23).plusMinutes(30));
        assertThat(POLICY.after(503, 30, lateAttempt, FIRST))
                .isEqualTo(new Next(Status.PENDING, FIRST.plus(Duration.ofHours(24))));
        assertThat(POLICY.after(503, 31, FIRST.plus(Duration.ofHours(24)), FIRST))
                .isEqualTo(new Next(Status.FAILED, FIRST.plus(Duration.ofHours(24))));
    }
}
