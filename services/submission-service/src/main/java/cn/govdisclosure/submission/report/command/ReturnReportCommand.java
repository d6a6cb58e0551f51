package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An approver sends the report back to the clerk, saying why. */
public record ReturnReportCommand(@TargetAggregateIdentifier String reportId, String approver,
                                  Integer approverLevel, String comment, Instant returnedAt) {
}
