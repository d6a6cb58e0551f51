package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * HMAC-SHA256 signatures that let a receiver trust who sent a message: the sender signs the message id, type,
 * revision, sender name and body with its own secret; the receiver holds each trusted sender's secret and checks
 * the signature. A forged {@code sender} header, a changed body or a missing signature all fail.
 */
public final class MessageSignatures {

    /** The header carrying the signature, Base64. */
    public static final String SIGNATURE = "signature";
    private static final String ALGORITHM = "HmacSHA256";

    private MessageSignatures() {
    }

    public static String sign(String secret, Headers headers, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            for (String name : new String[] {MessageHeaders.MESSAGE_ID, MessageHeaders.MESSAGE_TYPE,
                    MessageHeaders.MESSAGE_REVISION, MessageHeaders.SENDER}) {
                Header header = headers.lastHeader(name);
                mac.update(header == null || header.value() == null ? new byte[0] : header.value());
                mac.update((byte) '\n');
            }
            return Base64.getEncoder().encodeToString(mac.doFinal(body == null ? new byte[0] : body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the record carries a signature made with {@code secret} over exactly these headers and body. */
    public static boolean verify(String secret, Headers headers, byte[] body) {
        Header signature = headers.lastHeader(SIGNATURE);
        if (secret == null || secret.isEmpty() || signature == null || signature.value() == null) {
            return false;
        }
        byte[] expected = sign(secret, headers, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.value());
    }
}
