package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.report.ReportId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Tells the submission service that an accepted submission is now public as publication {@code version} at
 * {@code url}. Marking the same publication twice changes nothing.
 *
 * <p>Sent by the publication service on {@code submission.commands}. Revision 1: initial.
 */
@Revision("1")
public record MarkReportPublishedCommand(@TargetAggregateIdentifier String reportId, int submissionNumber, int version, String url,
                                         Instant publishedAt) {

    public MarkReportPublishedCommand {
        new ReportId(reportId);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
