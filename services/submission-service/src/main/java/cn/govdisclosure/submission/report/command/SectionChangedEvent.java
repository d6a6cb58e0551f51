package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A narrative section's text changed from {@code oldText} (null if it was empty) to {@code newText}. Revision 1: initial. */
@Revision("1")
public record SectionChangedEvent(String reportId, String key, String oldText, String newText, String reason,
                                  String changedBy, Instant changedAt) {
}
