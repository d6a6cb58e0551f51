package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.report.ReportContent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The agency submitted its report; {@code content} is what it submitted, figures, sections and its explanations of
 * warnings, and the agency's identity is carried so that the event alone says who filed what.
 *
 * <p>Revision 1: initial; {@code content.explanations} added later without a new revision (additive: it reads
 * as empty in events stored before).
 */
@Revision("1")
public record AnnualReportSubmittedEvent(String reportId, int submissionNumber, String creditCode,
                                         String agencyName, String regionCode, int year, String formatId,
                                         ReportContent content, String submittedBy, Instant submittedAt) {
}
