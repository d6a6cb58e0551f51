package cn.govdisclosure.submission.report.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets cells to new values (null blanks a cell), for a stated reason. */
public record ChangeFiguresCommand(@TargetAggregateIdentifier String reportId, Map<String, BigDecimal> changes,
                                   String reason, String changedBy, Instant changedAt) {
}
