package cn.govdisclosure.publication.messaging;

import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import cn.govdisclosure.publication.command.PublicationVersion;
import cn.govdisclosure.publication.command.PublishReportCommand;
import cn.govdisclosure.publication.command.ReportPublisher;
import cn.govdisclosure.publication.query.FindPublishedReportQuery;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.support.messaging.InboundMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Publishes every accepted report. The other events on the topic ({@code ReportSubmittedEvent}, and whatever the
 * submission service adds later) are not for us and are skipped by their type header, without being read.
 *
 * <p>The offset is committed only after this method returns (see service-support), so a crash anywhere below means
 * the acceptance is delivered again.
 */
@Component
class AcceptedReportListener {

    private static final Logger log = LoggerFactory.getLogger(AcceptedReportListener.class);

    private final ReportPublisher publisher;
    private final PublishedReportQueries reports;
    private final PublicationMessagesSender messages;

    AcceptedReportListener(ReportPublisher publisher, PublishedReportQueries reports,
                           PublicationMessagesSender messages) {
        this.publisher = publisher;
        this.reports = reports;
        this.messages = messages;
    }

    @KafkaListener(id = "publication-accepted-reports", idIsGroup = false, clientIdPrefix = "publication",
            topics = Topics.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        if (InboundMessage.carries(record, ReportAcceptedEvent.class)) {
            publish((ReportAcceptedEvent) InboundMessage.from(record).payload());
        }
    }

    /*
     * The messages go out on every delivery, also when the submission had been published before. That is the
     * recovery path: had the service died after the commit but before the sends, the redelivery re-sends them, with
     * the same message ids, and consumers drop what they have already seen.
     */
    private void publish(ReportAcceptedEvent accepted) {
        PublicationVersion version = publisher.publish(toCommand(accepted));
        PublishedReport report = reports.find(
                        FindPublishedReportQuery.version(version.creditCode(), version.year(), version.version()))
                .orElseThrow(() -> new IllegalStateException("Publication " + version + " was not stored"));
        messages.send(report);
        log.info("{} published as version {} ({})", report.reportId(), report.version(),
                version.newlyPublished() ? "new" : "redelivered, messages sent again");
    }

    private static PublishReportCommand toCommand(ReportAcceptedEvent accepted) {
        if (ReportFormats.byId(accepted.formatId()).isEmpty()) {
            throw new UnreadableMessageException("Report " + accepted.reportId() + " has unknown format "
                    + accepted.formatId());
        }
        return new PublishReportCommand(accepted.reportId(), accepted.submissionNumber(), accepted.creditCode(),
                accepted.agencyName(), accepted.regionCode(), accepted.year(), accepted.formatId(),
                accepted.content(), accepted.warnings(), accepted.ruleSetVersion(), accepted.auditHeadHash(),
                accepted.correctionReason());
    }
}
