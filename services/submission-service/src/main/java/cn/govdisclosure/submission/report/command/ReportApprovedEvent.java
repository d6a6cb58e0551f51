package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An approver signed off the report at {@code level} (多级领导审核签字), with an optional comment. Revision 1: initial. */
@Revision("1")
public record ReportApprovedEvent(String reportId, int level, String approvedBy, String comment,
                                  Instant approvedAt) {
}
