package cn.govdisclosure.submission.agency.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.AgencyKindChangedEvent;
import cn.govdisclosure.kernel.submission.AgencyRegisteredEvent;
import cn.govdisclosure.submission.agency.command.AgencyKindSetEvent;
import cn.govdisclosure.submission.messaging.BatchSender;
import cn.govdisclosure.support.messaging.OutboundMessage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Publishes registered agencies, and corrections of their kind, on Kafka, so that the publication service knows
 * whom to expect a report from. Keyed by credit code; the message id is the event's id, so a re-publication is
 * recognisably the same message.
 *
 * <p>A tracking processor of its own, not a handler in {@code kafka-publisher}: that processor's token had passed
 * every registration made before this publisher existed, and would never publish them. This one starts at the
 * beginning of the event store (see {@code AxonConfiguration}), so on its first run it publishes every agency ever
 * registered, the old registrations read as departments by {@code AgencyRegisteredEventUpcaster}; its token then
 * advances only after the broker acknowledged each message.
 */
@Component
@ProcessingGroup(AgencyEventsPublisher.PROCESSING_GROUP)
public class AgencyEventsPublisher {

    public static final String PROCESSING_GROUP = "kafka-agency-publisher";

    private final BatchSender sender;

    AgencyEventsPublisher(BatchSender sender) {
        this.sender = sender;
    }

    @EventHandler
    void on(cn.govdisclosure.submission.agency.command.AgencyRegisteredEvent event, @MessageIdentifier String eventId) {
        sender.send(new OutboundMessage(Topics.SUBMISSION_EVENTS, event.creditCode(), eventId,
                new AgencyRegisteredEvent(event.creditCode(), event.name(), event.regionCode(), event.kind(),
                        event.registeredAt())));
    }

    @EventHandler
    void on(AgencyKindSetEvent event, @MessageIdentifier String eventId) {
        sender.send(new OutboundMessage(Topics.SUBMISSION_EVENTS, event.creditCode(), eventId,
                new AgencyKindChangedEvent(event.creditCode(), event.kind(), event.setAt())));
    }
}
