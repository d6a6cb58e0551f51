package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator sends a report stuck between services on its way again: its last submission (while it waits for
 * validation) or acceptance (while it waits for publication) is published to Kafka once more.
 */
public record RedriveReportCommand(@TargetAggregateIdentifier String reportId, String reason, String redrivenBy,
                                   Instant redrivenAt) {
}
