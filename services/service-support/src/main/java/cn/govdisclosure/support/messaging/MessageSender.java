package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends contract messages as JSON with their envelope headers, and returns only once the broker has acknowledged
 * them (acks=all), so that callers can advance their own position (a processor token, a consumer offset) only
 * after the message is safe. A caller with many messages at once sends them {@link #sendWithoutWaiting without
 * waiting} and then {@link #awaitAcknowledged waits} for all of them together, before it advances its position.
 */
public class MessageSender {

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties properties;

    public MessageSender(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    /** A message handed to the producer, and the broker's acknowledgement to come. */
    public record Sending(OutboundMessage message, CompletableFuture<?> acknowledgement) {
    }

    public void send(OutboundMessage message) {
        awaitAcknowledged(List.of(sendWithoutWaiting(message)));
    }

    /** Hands the message to the producer without waiting for the broker; {@link #awaitAcknowledged} waits for it. */
    public Sending sendWithoutWaiting(OutboundMessage message) {
        Class<?> type = message.payload().getClass();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic(), message.key(),
                MessageCodec.encode(message.payload()));
        header(record, MessageHeaders.MESSAGE_ID, message.messageId());
        header(record, MessageHeaders.MESSAGE_TYPE, MessageTypes.nameOf(type));
        header(record, MessageHeaders.MESSAGE_REVISION, MessageTypes.revisionOf(type));
        header(record, MessageHeaders.SENDER, properties.serviceName());
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            header(record, MessageSignatures.SIGNATURE,
                    MessageSignatures.sign(properties.signingKey(), record.headers(), record.value()));
        }
        return new Sending(message, kafka.send(record));
    }

    /**
     * Returns once the broker has acknowledged every one of these messages; throws {@link MessageNotSentException}
     * for the first it did not acknowledge within the send timeout (counted from this call).
     */
    public void awaitAcknowledged(Collection<Sending> sendings) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (Sending sending : sendings) {
            try {
                sending.acknowledgement().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessageNotSentException(sending.message(), e);
            } catch (ExecutionException | TimeoutException e) {
                throw new MessageNotSentException(sending.message(), e);
            }
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The broker did not acknowledge a message in time; the caller must not treat it as sent. */
    public static class MessageNotSentException extends RuntimeException {
        MessageNotSentException(OutboundMessage message, Throwable cause) {
            super("Kafka did not acknowledge message " + message.messageId() + " on " + message.topic(), cause);
        }
    }
}
