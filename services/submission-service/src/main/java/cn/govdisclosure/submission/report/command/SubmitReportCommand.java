package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands the report as it stands to validation. */
public record SubmitReportCommand(@TargetAggregateIdentifier String reportId, String submittedBy,
                                  Instant submittedAt) {
}
