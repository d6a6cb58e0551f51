package cn.govdisclosure.support.messaging;

import java.util.Objects;

/**
 * A message to send: {@code key} keeps one report's messages in order on one partition; {@code messageId} must be
 * derived from what the message reports (not random), so that re-sending after a crash produces a duplicate that
 * consumers recognise.
 */
public record OutboundMessage(String topic, String key, String messageId, Object payload) {

    public OutboundMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(payload, "payload");
    }
}
