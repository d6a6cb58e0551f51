package cn.govdisclosure.submission.report.query;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of one cell, read back from the event store: which event, when, who, old and new value, why. */
public record FigureHistoryEntry(long sequenceNumber, String eventId, Instant changedAt, String changedBy,
                                 BigDecimal oldValue, BigDecimal newValue, String reason) {
}
