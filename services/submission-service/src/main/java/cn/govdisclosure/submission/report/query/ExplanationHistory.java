package cn.govdisclosure.submission.report.query;

import cn.govdisclosure.submission.report.command.WarningExplainedEvent;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The history of the explanation of one rule's warnings, read from the event store itself, like figure history. */
@Component
public class ExplanationHistory {

    private final EventStore eventStore;

    ExplanationHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<ExplanationHistoryEntry> of(String reportId, String ruleId) {
        return eventStore.readEvents(reportId).asStream()
                .filter(message -> message.getPayload() instanceof WarningExplainedEvent event
                        && event.ruleId().equals(ruleId))
                .map(ExplanationHistory::entry)
                .toList();
    }

    private static ExplanationHistoryEntry entry(DomainEventMessage<?> message) {
        WarningExplainedEvent event = (WarningExplainedEvent) message.getPayload();
        return new ExplanationHistoryEntry(message.getSequenceNumber(), message.getIdentifier(), event.explainedAt(),
                event.explainedBy(), event.oldText(), event.newText());
    }
}
