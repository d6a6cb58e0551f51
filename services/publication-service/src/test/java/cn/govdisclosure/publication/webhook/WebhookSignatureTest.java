package cn.govdisclosure.publication.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"event\":\"publication\",\"version\":1}";

    @Test
    void signsTheTimestampAndBodyWithHmacSha256() {
        // printf '1700000000.{"event":"publication","version":1}' | openssl dgst -sha256 -hmac portal-secret
        assertThat(WebhookSignature.sign("portal-secret", 1700000000L, BODY))
                .isEqualTo("sha256=a6f0a87be9952cef65e0b45d6ad87a645765e09b5a5f3e4c72ed5d6fa310b137");
    }

    @Test
    void changesWithTheTimestampTheBodyAndTheSecret() {
        String signature = WebhookSignature.sign("portal-secret", 1700000000L, BODY);

        assertThat(WebhookSignature.sign("portal-secret", 1700000001L, BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("portal-secret", 1700000000L, BODY.replace('1', '2')))
                .isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("other-secret", 1700000000L, BODY)).isNotEqualTo(signature);
    }
}
