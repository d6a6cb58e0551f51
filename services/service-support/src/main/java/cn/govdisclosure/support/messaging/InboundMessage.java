package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A received message with its envelope read and its body decoded into the contract type. */
public record InboundMessage(String topic, String key, String messageId, String sender, Object payload) {

    public static InboundMessage from(ConsumerRecord<String, byte[]> record) {
        String type = header(record, MessageHeaders.MESSAGE_TYPE);
        String revision = header(record, MessageHeaders.MESSAGE_REVISION);
        Object payload = MessageCodec.decode(type, revision, record.value() == null ? new byte[0] : record.value());
        return new InboundMessage(record.topic(), record.key(), header(record, MessageHeaders.MESSAGE_ID),
                header(record, MessageHeaders.SENDER), payload);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new UnreadableMessageException("Message at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
