package cn.govdisclosure.validation.web;

import cn.govdisclosure.validation.history.KnownReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** An agency's report for a year as this service knows it, and where that knowledge came from. */
record KnownReportResponse(String creditCode, int year, String formatId, Map<String, BigDecimal> figures,
                           Map<String, String> sections, Integer version, String source, Instant recordedAt) {

    static KnownReportResponse of(KnownReport report) {
        return new KnownReportResponse(report.creditCode(), report.year(), report.formatId(),
                report.content().figures(), report.content().sections(), report.version(), report.source().name(),
                report.recordedAt());
    }
}
