package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Validation run {@code validationId} found errors; the report goes back to the agency. Revision 1: initial. */
@Revision("1")
public record AnnualReportRejectedEvent(String reportId, int submissionNumber, String validationId,
                                        String ruleSetVersion, List<Violation> violations, Instant rejectedAt) {
}
