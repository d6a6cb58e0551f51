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
 * {@code correctionReason} is set when the accepted submission corrects an earlier publication.
 *
 * <p>Revision 1: initial; {@code content.explanations} and {@code correctionReason} added later without a new
 * revision (additive: they read as empty in events stored before).
 */
@Revision("1")
public record AnnualReportAcceptedEvent(String reportId, int submissionNumber, String creditCode, String agencyName,
                                        String regionCode, int year, String formatId, ReportContent content,
                                        String validationId, String ruleSetVersion, List<Violation> warnings,
                                        Instant acceptedAt, String correctionReason) {

    public AnnualReportAcceptedEvent(String reportId, int submissionNumber, String creditCode, String agencyName,
                                     String regionCode, int year, String formatId, ReportContent content,
                                     String validationId, String ruleSetVersion, List<Violation> warnings,
                                     Instant acceptedAt) {
        this(reportId, submissionNumber, creditCode, agencyName, regionCode, year, formatId, content, validationId,
                ruleSetVersion, warnings, acceptedAt, null);
    }
}
