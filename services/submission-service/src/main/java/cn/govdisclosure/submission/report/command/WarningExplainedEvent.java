package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The agency explained why its report stands despite the warnings of rule {@code ruleId}, changing the
 * explanation from {@code oldText} (null if there was none) to {@code newText} (null when it withdrew it). The
 * explanation is handed over with the next submission: validation accepts a report only when each of its warnings
 * is explained, and the explanation is published with the report.
 *
 * <p>Recorded by the {@code AnnualReport} aggregate, never published on Kafka. Revision 1: initial.
 */
@Revision("1")
public record WarningExplainedEvent(String reportId, String ruleId, String oldText, String newText,
                                    String explainedBy, Instant explainedAt) {
}
