package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Explains why the report stands despite the warnings of rule {@code ruleId}, or withdraws the explanation
 * ({@code text} null or blank). One explanation covers every warning of the rule. With an expected version, only
 * if nobody changed the report since.
 */
public record ExplainWarningCommand(@TargetAggregateIdentifier String reportId, String ruleId, String text,
                                    String explainedBy, Instant explainedAt,
                                    @TargetAggregateVersion Long expectedVersion) {

    public ExplainWarningCommand(String reportId, String ruleId, String text, String explainedBy,
                                 Instant explainedAt) {
        this(reportId, ruleId, text, explainedBy, explainedAt, null);
    }
}
