package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An approver signs off the report at their approval level. */
public record ApproveReportCommand(@TargetAggregateIdentifier String reportId, String approver,
                                   Integer approverLevel, String comment, Instant approvedAt) {
}
