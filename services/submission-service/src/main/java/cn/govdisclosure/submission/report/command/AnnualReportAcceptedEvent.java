package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Validation run {@code validationId} found no error in submission {@code submissionNumber}; the content accepted
 * for publication and the warnings shown with it. Revision 1: initial.
 */
@Revision("1")
public record AnnualReportAcceptedEvent(String reportId, int submissionNumber, String creditCode, String agencyName,
                                        String regionCode, int year, String formatId, ReportContent content,
                                        String validationId, String ruleSetVersion, List<Violation> warnings,
                                        Instant acceptedAt) {
}
