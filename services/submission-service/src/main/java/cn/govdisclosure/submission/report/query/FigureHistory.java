package cn.govdisclosure.submission.report.query;

import cn.govdisclosure.submission.report.command.FiguresChangedEvent;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The history of one cell, read from the event store itself: the audit trail is the source of truth. */
@Component
public class FigureHistory {

    private final EventStore eventStore;

    FigureHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<FigureHistoryEntry> of(String reportId, String cellId) {
        return eventStore.readEvents(reportId).asStream()
                .filter(message -> message.getPayload() instanceof FiguresChangedEvent)
                .flatMap(message -> entries(message, cellId).stream())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<FigureHistoryEntry> entries(DomainEventMessage<?> message, String cellId) {
        FiguresChangedEvent event = ((DomainEventMessage<FiguresChangedEvent>) message).getPayload();
        return event.changes().stream().filter(change -> change.cellId().equals(cellId))
                .map(change -> new FigureHistoryEntry(message.getSequenceNumber(), message.getIdentifier(),
                        event.changedAt(), event.changedBy(), change.oldValue(), change.newValue(), event.reason()))
                .toList();
    }
}
