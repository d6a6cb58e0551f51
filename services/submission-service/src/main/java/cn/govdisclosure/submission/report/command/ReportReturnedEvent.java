package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An approver at {@code level} sent the report back to the clerk with {@code comment}; it is a draft again and
 * every level must sign anew. Revision 1: initial.
 */
@Revision("1")
public record ReportReturnedEvent(String reportId, int level, String returnedBy, String comment,
                                  Instant returnedAt) {
}
