package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An agency opened its report for a year. Revision 1: initial. */
@Revision("1")
public record AnnualReportCreatedEvent(String reportId, String creditCode, String agencyName, String regionCode,
                                       int year, String formatId, String createdBy, Instant createdAt) {
}
