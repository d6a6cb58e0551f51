package cn.govdisclosure.submission.report.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an agency's report for a year, in the format that year prescribes. */
public record CreateAnnualReportCommand(@TargetAggregateIdentifier String reportId, String creditCode,
                                        String agencyName, String regionCode, int year, String formatId,
                                        String createdBy, Instant createdAt) {
}
