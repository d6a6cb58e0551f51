package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.submission.report.query.ReportViews;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the report a path names. An id that cannot be a report id ({@code {creditCode}-{year}}) names none and is
 * not worth a query: whatever a client puts in the path never reaches the database.
 */
public final class ReportLookup {

    private ReportLookup() {
    }

    public static ReportView existing(ReportViews reports, String reportId) {
        return found(reportId, reports::find);
    }

    /** The credit code of the agency whose report the path names. */
    public static String agencyOf(ReportViews reports, String reportId) {
        return found(reportId, reports::agencyOf);
    }

    private static <T> T found(String reportId, Function<String, Optional<T>> lookup) {
        return wellFormed(reportId).flatMap(lookup)
                .orElseThrow(() -> new ResourceNotFoundException("报告 " + reportId + " 不存在"));
    }

    private static Optional<String> wellFormed(String reportId) {
        try {
            return Optional.of(new ReportId(reportId).value());
        } catch (IllegalArgumentException notAReportId) {
            return Optional.empty();
        }
    }
}
