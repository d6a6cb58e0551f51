package cn.govdisclosure.submission.report.query;

import java.time.Instant;

/**
 * One change of the explanation of one rule's warnings, read back from the event store: which event, when, who,
 * old and new text ({@code null} where there was none or it was withdrawn).
 */
public record ExplanationHistoryEntry(long sequenceNumber, String eventId, Instant explainedAt, String explainedBy,
                                      String oldText, String newText) {
}
