package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Figures of a report changed: per cell the old and the new value, who changed them, when and why. One event per
 * edit, however many cells it touches, so an edit is one auditable act. Revision 1: initial.
 */
@Revision("1")
public record FiguresChangedEvent(String reportId, List<FigureChange> changes, String reason, String changedBy,
                                  Instant changedAt) {
}
