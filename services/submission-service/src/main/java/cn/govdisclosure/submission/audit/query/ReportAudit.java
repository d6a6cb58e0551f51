package cn.govdisclosure.submission.audit.query;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.submission.audit.query.ReportDiff.CellDifference;
import cn.govdisclosure.submission.audit.query.ReportDiff.SectionDifference;
import cn.govdisclosure.submission.report.command.AnnualReportAcceptedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportPublishedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.ReportSubmittedForApprovalEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A report's audit trail, read from the event store itself: its history, its state at any point, and what changed
 * between two points. The read model is not consulted, so the answers hold even if it were wrong.
 */
@Component
public class ReportAudit {

    private final EventStore eventStore;

    ReportAudit(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The report's events; empty if no report has that id (an agency's credit code is not a report). */
    public Optional<ReportEvents> events(String reportId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        eventStore.readEvents(reportId, 0).asStream().forEach(messages::add);
        if (messages.isEmpty() || !(messages.get(0).getPayload() instanceof AnnualReportCreatedEvent created)) {
            return Optional.empty();
        }
        return Optional.of(new ReportEvents(reportId, created.creditCode(), created.regionCode(), created.formatId(),
                List.copyOf(messages)));
    }

    public List<AuditEntry> history(ReportEvents events, HistoryFilter filter) {
        AnnotationEventHandlerAdapter steps = new AnnotationEventHandlerAdapter(new HistorySteps());
        List<AuditEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> message : events.messages()) {
            HistorySteps.Step step = (HistorySteps.Step) handle(steps, message);
            if (step != null) {
                AuditEntry entry = new AuditEntry(message.getSequenceNumber(), message.getIdentifier(),
                        message.getTimestamp(), step.user(), step.kind(), step.details());
                if (filter.keeps(entry)) {
                    entries.add(filter.shown(entry));
                }
            }
        }
        return entries;
    }

    /**
     * The lineage of a cell's value in public version {@code version}; empty if the report has no such version. The
     * approvals are those of the last round before the submission: a return ends a round, and a new submission for
     * approval starts the next.
     */
    public Optional<CellLineage> lineage(ReportEvents events, String cellId, int version) {
        Optional<DomainEventMessage<?>> published = first(events, AnnualReportPublishedEvent.class,
                event -> event.version() == version);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        int submissionNumber = ((AnnualReportPublishedEvent) published.get().getPayload()).submissionNumber();
        long accepted = sequenceOf(events, AnnualReportAcceptedEvent.class,
                event -> event.submissionNumber() == submissionNumber);
        long submitted = sequenceOf(events, AnnualReportSubmittedEvent.class,
                event -> event.submissionNumber() == submissionNumber);
        long roundStart = events.messages().stream()
                .filter(message -> message.getPayload() instanceof ReportSubmittedForApprovalEvent
                        && message.getSequenceNumber() < submitted)
                .mapToLong(DomainEventMessage::getSequenceNumber).max().orElse(submitted);
        List<AuditEntry> history = history(events, new HistoryFilter(cellId, null, null, null));
        ReportState asAccepted = stateAt(events, AsOf.version(accepted)).orElseThrow();
        return Optional.of(new CellLineage(events.reportId(), cellId, ReportFormats.byId(events.formatId())
                .flatMap(format -> format.cell(cellId)).map(CellDefinition::label).orElse(null), version,
                submissionNumber, asAccepted.figures().get(cellId),
                history.stream().filter(entry -> !entry.kind().workflow() && entry.sequenceNumber() <= accepted)
                        .toList(),
                history.stream().filter(entry -> entry.sequenceNumber() >= roundStart
                        && entry.sequenceNumber() < submitted).toList(),
                at(history, submitted), at(history, accepted), at(history, published.get().getSequenceNumber())));
    }

    private static <T> Optional<DomainEventMessage<?>> first(ReportEvents events, Class<T> type,
                                                             Predicate<T> matching) {
        return events.messages().stream()
                .filter(message -> type.isInstance(message.getPayload())
                        && matching.test(type.cast(message.getPayload())))
                .findFirst();
    }

    private static <T> long sequenceOf(ReportEvents events, Class<T> type, Predicate<T> matching) {
        return first(events, type, matching).map(DomainEventMessage::getSequenceNumber)
                .orElseThrow(() -> new IllegalStateException("Report " + events.reportId() + " was published without "
                        + type.getSimpleName()));
    }

    private static AuditEntry at(List<AuditEntry> history, long sequenceNumber) {
        return history.stream().filter(entry -> entry.sequenceNumber() == sequenceNumber).findFirst().orElseThrow();
    }

    /** The report as it stood at the point; empty if it did not exist yet. */
    public Optional<ReportState> stateAt(ReportEvents events, AsOf point) {
        ReportReplay replay = new ReportReplay();
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(replay);
        DomainEventMessage<?> last = null;
        for (DomainEventMessage<?> message : events.messages()) {
            if (!point.includes(message)) {
                break;
            }
            handle(handlers, message);
            last = message;
        }
        return last == null ? Optional.empty()
                : Optional.of(replay.state(last.getSequenceNumber(), last.getTimestamp()));
    }

    /** The differences from one point to another; before the report existed it counts as empty. */
    public Optional<ReportDiff> diff(ReportEvents events, AsOf from, AsOf to) {
        Optional<ReportState> before = stateAt(events, from);
        return stateAt(events, to).map(after -> new ReportDiff(events.reportId(),
                before.map(ReportState::version).orElse(-1L), after.version(),
                cellDifferences(events.formatId(), before.map(ReportState::figures).orElse(emptyMap()),
                        after.figures()),
                sectionDifferences(before.map(ReportState::sections).orElse(emptyMap()), after.sections())));
    }

    private static List<CellDifference> cellDifferences(String formatId, Map<String, BigDecimal> from,
                                                        Map<String, BigDecimal> to) {
        TreeSet<String> cells = new TreeSet<>(from.keySet());
        cells.addAll(to.keySet());
        return cells.stream()
                .filter(cell -> !sameValue(from.get(cell), to.get(cell)))
                .map(cell -> new CellDifference(cell, ReportFormats.byId(formatId)
                        .flatMap(format -> format.cell(cell)).map(CellDefinition::label).orElse(null),
                        from.get(cell), to.get(cell)))
                .toList();
    }

    private static List<SectionDifference> sectionDifferences(Map<String, String> from, Map<String, String> to) {
        TreeSet<String> keys = new TreeSet<>(from.keySet());
        keys.addAll(to.keySet());
        return keys.stream().filter(key -> !Objects.equals(from.get(key), to.get(key)))
                .map(key -> new SectionDifference(key, from.get(key), to.get(key)))
                .toList();
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static <V> SortedMap<String, V> emptyMap() {
        return Collections.emptySortedMap();
    }

    private static Object handle(AnnotationEventHandlerAdapter handlers, DomainEventMessage<?> message) {
        try {
            return handlers.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("Could not replay event " + message.getIdentifier(), e);
        }
    }
}
