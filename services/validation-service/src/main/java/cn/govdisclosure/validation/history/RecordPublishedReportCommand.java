package cn.govdisclosure.validation.history;

import cn.govdisclosure.kernel.report.ReportContent;
import java.util.Objects;

/** Keep publication {@code version} of an agency's report for a year, unless a newer one is known. Service-private. */
public record RecordPublishedReportCommand(String creditCode, int year, String formatId, int version,
                                           ReportContent content) {

    public RecordPublishedReportCommand {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
    }
}
