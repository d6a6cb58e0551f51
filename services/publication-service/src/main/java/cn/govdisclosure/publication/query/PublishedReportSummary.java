package cn.govdisclosure.publication.query;

import java.time.Instant;

/** A line of the listing of published reports: the latest version of one agency's report for one year. */
public record PublishedReportSummary(String reportId, String creditCode, String agencyName, String regionCode,
                                     int year, int version, Instant publishedAt, String url) {
}
