package cn.govdisclosure.submission.report.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.messaging.BatchSender;
import cn.govdisclosure.submission.report.command.AnnualReportAcceptedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.ReportRedrivenEvent;
import cn.govdisclosure.submission.report.command.ReportStatus;
import cn.govdisclosure.support.messaging.OutboundMessage;
import java.util.HexFormat;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the submission service's integration events on Kafka, following the event store with a tracking
 * processor. The processor's token advances only after the broker acknowledged the message, so every committed
 * event is published at least once; the message id is the event's id, so consumers recognise a re-publication.
 */
@Component
@ProcessingGroup(SubmissionEventsPublisher.PROCESSING_GROUP)
public class SubmissionEventsPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private final BatchSender sender;
    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;
    private final EventStore eventStore;

    SubmissionEventsPublisher(BatchSender sender, JdbcClient jdbc, AgencyDirectory agencies,
                              EventStore eventStore) {
        this.sender = sender;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(AnnualReportSubmittedEvent event, @MessageIdentifier String eventId) {
        sender.send(new OutboundMessage(Topics.SUBMISSION_EVENTS, event.reportId(), eventId,
                new ReportSubmittedEvent(event.reportId(), event.creditCode(), event.agencyName(),
                        event.regionCode(), event.year(), event.formatId(), event.submissionNumber(),
                        event.content(), event.submittedBy(), event.submittedAt(), agencyKind(event.creditCode()))));
    }

    @EventHandler
    void on(AnnualReportAcceptedEvent event, @MessageIdentifier String eventId) {
        sender.send(new OutboundMessage(Topics.SUBMISSION_EVENTS, event.reportId(), eventId,
                new ReportAcceptedEvent(event.reportId(), event.creditCode(), event.agencyName(),
                        event.regionCode(), event.year(), event.formatId(), event.submissionNumber(),
                        event.content(), event.warnings(), event.ruleSetVersion(), event.acceptedAt(),
                        auditHeadHash(eventId), event.correctionReason())));
    }

    /**
     * An operator re-drove a stuck report: the submission or acceptance it waits on goes out again, as the very
     * message it was (same id, same content), so a service that handled it already recognises and drops it.
     */
    @EventHandler
    void on(ReportRedrivenEvent event) {
        Class<?> waitingOn = ReportStatus.SUBMITTED.name().equals(event.status())
                ? AnnualReportSubmittedEvent.class : AnnualReportAcceptedEvent.class;
        DomainEventMessage<?> original = eventStore.readEvents(event.reportId()).asStream()
                .filter(message -> waitingOn.isInstance(message.getPayload()))
                .filter(message -> submissionNumber(message.getPayload()) == event.submissionNumber())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Report " + event.reportId() + " has no "
                        + waitingOn.getSimpleName() + " for submission " + event.submissionNumber()));
        if (original.getPayload() instanceof AnnualReportSubmittedEvent submitted) {
            on(submitted, original.getIdentifier());
        } else {
            on((AnnualReportAcceptedEvent) original.getPayload(), original.getIdentifier());
        }
    }

    private static int submissionNumber(Object event) {
        return event instanceof AnnualReportSubmittedEvent submitted ? submitted.submissionNumber()
                : ((AnnualReportAcceptedEvent) event).submissionNumber();
    }

    /*
     * The agency's kind sets the deadline validation judges the submission by. It is read when the submission is
     * published: the agency directory is updated in the transaction of the registration (or of a correction of the
     * kind), so it holds every agency whose report could be submitted.
     */
    private String agencyKind(String creditCode) {
        return agencies.find(creditCode).map(agency -> agency.kind().name()).orElse(null);
    }

    /*
     * The acceptance's own link in the report's hash chain: the trigger on the event store wrote it in the
     * transaction that stored the event, so a tracking processor, which only sees committed events, always finds it.
     */
    private String auditHeadHash(String eventId) {
        byte[] hash = jdbc.sql("SELECT hash FROM event_chain WHERE event_identifier = ?")
                .param(eventId)
                .query(byte[].class).optional()
                .orElseThrow(() -> new IllegalStateException("Event " + eventId + " has no link in event_chain"));
        return HexFormat.of().formatHex(hash);
    }
}
