package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The clerk handed the report to its agency's approvers; it needs {@code approvalLevels} sign-offs before it goes
 * to validation, and cannot be changed meanwhile. Revision 1: initial.
 */
@Revision("1")
public record ReportSubmittedForApprovalEvent(String reportId, int approvalLevels, String submittedBy,
                                              Instant submittedAt) {
}
