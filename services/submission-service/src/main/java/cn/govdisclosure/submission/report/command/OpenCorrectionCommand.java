package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a published report for a correction, saying why. */
public record OpenCorrectionCommand(@TargetAggregateIdentifier String reportId, String reason, String openedBy,
                                    Instant openedAt) {
}
