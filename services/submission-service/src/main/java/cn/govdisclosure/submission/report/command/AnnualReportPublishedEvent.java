package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The accepted submission is public as publication {@code version} at {@code url}. Revision 1: initial. */
@Revision("1")
public record AnnualReportPublishedEvent(String reportId, int submissionNumber, int version, String url,
                                         Instant publishedAt) {
}
