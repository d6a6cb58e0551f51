package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Explains why the report stands despite the warnings of rule {@code ruleId}, or withdraws the explanation
 * ({@code text} null or blank). One explanation covers every warning of the rule.
 */
public record ExplainWarningCommand(@TargetAggregateIdentifier String reportId, String ruleId, String text,
                                    String explainedBy, Instant explainedAt) {
}
