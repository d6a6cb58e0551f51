package cn.govdisclosure.publication.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.support.messaging.MessageSender;
import cn.govdisclosure.support.messaging.OutboundMessage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the submission service that a submission is public, and everyone else that a report version is. Both
 * messages are keyed by report id and carry ids derived from the publication, so re-sending them yields duplicates
 * that consumers recognise.
 */
@Component
class PublicationMessagesSender {

    private final MessageSender sender;

    PublicationMessagesSender(MessageSender sender) {
        this.sender = sender;
    }

    /** Returns once the broker has acknowledged both messages; they go out together, not one after the other. */
    void send(PublishedReport report) {
        sender.awaitAcknowledged(List.of(
                sender.sendWithoutWaiting(new OutboundMessage(Topics.SUBMISSION_COMMANDS, report.reportId(),
                        "publication:" + report.reportId() + ":" + report.submissionNumber(), markPublished(report))),
                sender.sendWithoutWaiting(new OutboundMessage(Topics.PUBLICATION_EVENTS, report.reportId(),
                        "published:" + report.creditCode() + ":" + report.year() + ":v" + report.version(),
                        published(report)))));
    }

    private static MarkReportPublishedCommand markPublished(PublishedReport report) {
        return new MarkReportPublishedCommand(report.reportId(), report.submissionNumber(), report.version(),
                report.url(), report.publishedAt());
    }

    private static ReportPublishedEvent published(PublishedReport report) {
        return new ReportPublishedEvent(report.reportId(), report.creditCode(), report.agencyName(),
                report.regionCode(), report.year(), report.formatId(), report.version(), report.submissionNumber(),
                new ReportContent(report.figures(), report.sections()), report.url(), report.publishedAt());
    }
}
