package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the text of a narrative section; with an expected version, only if nobody changed the report since. */
public record ChangeSectionCommand(@TargetAggregateIdentifier String reportId, String key, String text,
                                   String reason, String changedBy, Instant changedAt,
                                   @TargetAggregateVersion Long expectedVersion) {

    public ChangeSectionCommand(String reportId, String key, String text, String reason, String changedBy,
                                Instant changedAt) {
        this(reportId, key, text, reason, changedBy, changedAt, null);
    }
}
