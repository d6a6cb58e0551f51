package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands the report as it stands to its agency's approvers, who sign it off through {@code approvalLevels} levels
 * before it goes to validation.
 */
public record SubmitReportCommand(@TargetAggregateIdentifier String reportId, int approvalLevels,
                                  String submittedBy, Instant submittedAt) {
}
