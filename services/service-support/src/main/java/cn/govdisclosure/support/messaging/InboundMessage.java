package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A received message with its envelope read and its body decoded into the contract type. */
public record InboundMessage(String topic, String key, String messageId, String sender, Object payload) {

    /**
     * Whether the record claims to carry the given contract. A listener skips records of the other types on its
     * topic without reading them (a producer may add types its consumers do not know); a record without a type
     * header claims everything, so that reading it fails and it goes to the dead-letter topic.
     */
    public static boolean carries(ConsumerRecord<String, byte[]> record, Class<?> type) {
        Header header = record.headers().lastHeader(MessageHeaders.MESSAGE_TYPE);
        return header == null || header.value() == null
                || MessageTypes.nameOf(type).equals(new String(header.value(), StandardCharsets.UTF_8));
    }

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
