package cn.govdisclosure.publication.command;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers the public versions of a report: the first accepted submission becomes version 1, each later accepted
 * correction the next version, and earlier versions stay public.
 */
@Service
public class ReportPublisher {

    private final PublicationLedger ledger;
    private final TransparencyLogAppender transparencyLog;
    private final WebhookOutbox webhooks;
    private final Clock clock;
    private final Counter publications;

    ReportPublisher(PublicationLedger ledger, TransparencyLogAppender transparencyLog, WebhookOutbox webhooks,
                    Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.transparencyLog = transparencyLog;
        this.webhooks = webhooks;
        this.clock = clock;
        this.publications = Counter.builder("publication.reports.published")
                .description("Report versions made public").register(meters);
    }

    /**
     * Publishes the submission as the report's next version, or answers the version it became earlier: acceptances
     * arrive at least once, and a second delivery must change nothing. A new version is appended to the
     * transparency log and queued for every webhook endpoint in the same transaction.
     */
    @Transactional
    public PublicationVersion publish(PublishReportCommand command) {
        // PostgreSQL keeps microseconds; the logged leaf must name the instant readers see
        Instant publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OptionalInt inserted = ledger.insertNextVersion(command, publishedAt);
        if (inserted.isPresent()) {
            transparencyLog.append(PublishedVersionLeaf.of(command, inserted.getAsInt(), publishedAt), publishedAt);
            webhooks.queue(command, inserted.getAsInt(), publishedAt);
            publications.increment();
            return new PublicationVersion(command.creditCode(), command.year(), inserted.getAsInt(), true);
        }
        int earlier = ledger.versionOf(command.reportId(), command.submissionNumber());
        return new PublicationVersion(command.creditCode(), command.year(), earlier, false);
    }
}
