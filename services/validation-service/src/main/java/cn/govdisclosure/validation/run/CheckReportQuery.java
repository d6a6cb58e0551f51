package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.report.ReportContent;
import java.util.Objects;

/**
 * What a report being filled in would get if it were submitted now. The format, the year or both name the format;
 * the credit code, when given, finds the agency's report of the year before; the region code decides rules that
 * depend on the level of government (T2-5). Service-private.
 */
public record CheckReportQuery(String formatId, Integer year, String creditCode, String regionCode,
                               ReportContent content) {

    public CheckReportQuery {
        if (formatId == null && year == null) {
            throw new IllegalArgumentException("formatId or year is required");
        }
        Objects.requireNonNull(content, "content");
    }
}
