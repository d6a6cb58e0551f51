package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends contract messages as JSON with their envelope headers, and returns only once the broker has acknowledged
 * them (acks=all), so that callers can advance their own position (a processor token, a consumer offset) only
 * after the message is safe.
 */
public class MessageSender {

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties properties;

    public MessageSender(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    public void send(OutboundMessage message) {
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
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotSentException(message, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new MessageNotSentException(message, e);
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
