package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The agency opened its published report (publication {@code publishedVersion}) for a correction, for
 * {@code reason}. It goes through approval and validation again; the published version stays public until the
 * correction is published as the next version. Revision 1: initial.
 */
@Revision("1")
public record CorrectionOpenedEvent(String reportId, int publishedVersion, String reason, String openedBy,
                                    Instant openedAt) {
}
