package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Validation run {@code validationId} found nothing blocking in submission {@code submissionNumber}: no error, and
 * every warning explained. It carries the content accepted for publication and the warnings shown with it, each
 * with the agency's explanation.
 *
 * <p>Revision 1: initial; {@code content.explanations} added later without a new revision (additive: it reads
 * as empty in events stored before).
 */
@Revision("1")
public record AnnualReportAcceptedEvent(String reportId, int submissionNumber, String creditCode, String agencyName,
                                        String regionCode, int year, String formatId, ReportContent content,
                                        String validationId, String ruleSetVersion, List<Violation> warnings,
                                        Instant acceptedAt) {
}
