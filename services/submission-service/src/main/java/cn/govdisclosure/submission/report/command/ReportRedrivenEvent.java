package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An operator re-drove the report while it was {@code status} (SUBMITTED or ACCEPTED) with submission
 * {@code submissionNumber}: the Kafka publisher publishes that submission's {@link AnnualReportSubmittedEvent} or
 * {@link AnnualReportAcceptedEvent} again, with its original message id, so a service that had it already drops the
 * copy. Revision 1: initial.
 */
@Revision("1")
public record ReportRedrivenEvent(String reportId, String status, int submissionNumber, String reason,
                                  String redrivenBy, Instant redrivenAt) {
}
