package cn.govdisclosure.submission.audit.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * A report as it stood after event {@code version} (its sequence number), recorded at {@code asOf}: rebuilt by
 * replaying its events from the event store, not read from the read model.
 */
public record ReportState(String reportId, long version, Instant asOf, String creditCode, String agencyName,
                          String regionCode, int year, String formatId, String status, int submissionNumber,
                          Integer approvalLevels, int approvedLevels, SortedMap<String, BigDecimal> figures,
                          SortedMap<String, String> sections, SortedMap<String, String> explanations,
                          List<Violation> violations, String ruleSetVersion, Integer publishedVersion,
                          String publishedUrl) {
}
