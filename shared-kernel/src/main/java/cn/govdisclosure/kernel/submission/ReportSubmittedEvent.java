package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.report.ReportId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * An agency submitted its annual report for validation; the content is exactly what was submitted.
 * {@code submissionNumber} counts the submissions of the report (a rejected report is corrected and submitted
 * again), so that an outcome can be matched to the submission it judges.
 *
 * {@code agencyKind} names the agency's {@link cn.govdisclosure.kernel.agency.AgencyKind}, which sets the deadline;
 * it may be absent (messages published before it existed): the agency is then taken for a department.
 *
 * <p>Published by the submission service on {@code submission.events}. Revision 1: initial; {@code agencyKind}
 * added later (additive, optional).
 */
@Revision("1")
public record ReportSubmittedEvent(String reportId, String creditCode, String agencyName, String regionCode,
                                   int year, String formatId, int submissionNumber, ReportContent content,
                                   String submittedBy, Instant submittedAt, String agencyKind) {

    public ReportSubmittedEvent {
        new ReportId(reportId);
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** A submission that does not name the agency's kind. */
    public ReportSubmittedEvent(String reportId, String creditCode, String agencyName, String regionCode, int year,
                                String formatId, int submissionNumber, ReportContent content, String submittedBy,
                                Instant submittedAt) {
        this(reportId, creditCode, agencyName, regionCode, year, formatId, submissionNumber, content, submittedBy,
                submittedAt, null);
    }
}
