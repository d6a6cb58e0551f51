package cn.govdisclosure.publication.messaging;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.MessageTypes;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.publication.command.ChangeAgencyKindCommand;
import cn.govdisclosure.publication.command.RegisterAgencyCommand;
import cn.govdisclosure.publication.command.RegisteredAgencies;
import cn.govdisclosure.support.messaging.InboundMessage;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the registered agencies, which the compliance dashboard expects reports from. A consumer group of its own
 * ({@code <group>.agencies}), so that it reads {@code submission.events} from the start when first deployed, every
 * registration included, without moving the publisher's offsets; and so that neither waits for the other.
 *
 * <p>It reads only records that name an agency message in their type header. Records without one are left to
 * {@code AcceptedReportListener}, which parks them in the dead-letter topic, once.
 */
@Component
class AgencyEventsListener {

    private static final String REGISTERED = MessageTypes.nameOf(AgencyRegisteredEvent.class);
    private static final String KIND_CHANGED = MessageTypes.nameOf(AgencyKindChangedEvent.class);

    private final RegisteredAgencies agencies;

    AgencyEventsListener(RegisteredAgencies agencies) {
        this.agencies = agencies;
    }

    @KafkaListener(id = "publication-registered-agencies", groupId = "${spring.kafka.consumer.group-id}.agencies",
            clientIdPrefix = "publication-agencies", topics = Topics.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        String type = type(record);
        if (REGISTERED.equals(type)) {
            InboundMessage message = InboundMessage.from(record);
            AgencyRegisteredEvent registered = (AgencyRegisteredEvent) message.payload();
            agencies.register(new RegisterAgencyCommand(message.messageId(), registered.creditCode(),
                    registered.name(), registered.regionCode(), registered.kind(), registered.registeredAt()));
        } else if (KIND_CHANGED.equals(type)) {
            InboundMessage message = InboundMessage.from(record);
            AgencyKindChangedEvent changed = (AgencyKindChangedEvent) message.payload();
            agencies.changeKind(new ChangeAgencyKindCommand(message.messageId(), changed.creditCode(),
                    changed.kind(), changed.changedAt()));
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(MessageHeaders.MESSAGE_TYPE);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
