package cn.govdisclosure.submission.report.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as the agency sees it: where it stands (with its approval: levels needed, levels signed, and the last
 * approver's comment), its figures and sections, its explanations of warnings (by rule id), and what validation
 * said (each warning with the explanation it was judged with, if any).
 */
public record ReportView(String reportId, String creditCode, String agencyName, String regionCode, int year,
                         String formatId, String status, Integer approvalLevels, int approvedLevels,
                         String lastComment, int submissionNumber, Map<String, BigDecimal> figures,
                         Map<String, String> sections, Map<String, String> explanations, List<Violation> violations,
                         String ruleSetVersion, Integer publishedVersion, String publishedUrl, Instant updatedAt) {
}
