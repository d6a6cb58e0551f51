package cn.govdisclosure.validation.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.support.messaging.InboundMessage;
import cn.govdisclosure.validation.format.UnknownFormatException;
import cn.govdisclosure.validation.history.RecordPublishedReportCommand;
import cn.govdisclosure.validation.history.ReportHistory;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this service's own copy of every published report, so that next year's report of the same agency can be
 * checked against it without asking the publication service. Other events on the topic are skipped.
 */
@Component
class PublicationEventsListener {

    private final ReportHistory history;

    PublicationEventsListener(ReportHistory history) {
        this.history = history;
    }

    /**
     * The offset is committed only after the version is stored. Redeliveries and versions arriving after a newer
     * one change nothing, so handling a message twice is harmless.
     */
    @KafkaListener(id = "validation.publication-events", idIsGroup = false, topics = Topics.PUBLICATION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        if (InboundMessage.carries(record, ReportPublishedEvent.class)) {
            record((ReportPublishedEvent) InboundMessage.from(record).payload(),
                    Instant.ofEpochMilli(record.timestamp()));
        }
    }

    /** Stamped with the record's timestamp, not the time of handling, so that a replay of the log reproduces it. */
    private void record(ReportPublishedEvent published, Instant appended) {
        try {
            history.handle(new RecordPublishedReportCommand(published.creditCode(), published.year(),
                    published.formatId(), published.version(), published.content(), appended));
        } catch (UnknownFormatException e) {
            // No retry can make an unknown format known: park the message in the dead-letter topic at once.
            throw new UnreadableMessageException(e.getMessage(), e);
        }
    }
}
