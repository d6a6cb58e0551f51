package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the text of a narrative section. */
public record ChangeSectionCommand(@TargetAggregateIdentifier String reportId, String key, String text,
                                   String reason, String changedBy, Instant changedAt) {
}
