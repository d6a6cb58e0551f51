package cn.govdisclosure.submission.report.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets cells to new values (null blanks a cell), for a stated reason. With an expected version (the report's
 * version the user saw, its ETag) the command is refused if anyone changed the report since.
 */
public record ChangeFiguresCommand(@TargetAggregateIdentifier String reportId, Map<String, BigDecimal> changes,
                                   String reason, String changedBy, Instant changedAt,
                                   @TargetAggregateVersion Long expectedVersion) {

    public ChangeFiguresCommand(String reportId, Map<String, BigDecimal> changes, String reason, String changedBy,
                                Instant changedAt) {
        this(reportId, changes, reason, changedBy, changedAt, null);
    }
}
