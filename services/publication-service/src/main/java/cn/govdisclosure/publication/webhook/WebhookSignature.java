package cn.govdisclosure.publication.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of {@code X-Webhook-Signature}: {@code sha256=} and the hex HMAC-SHA256, keyed with the endpoint's
 * secret, of the UTF-8 bytes of {@code {timestamp}.{body}}. The timestamp (epoch seconds, {@code X-Webhook-Timestamp})
 * is signed too, so that a receiver can refuse an old request replayed with its signature.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
