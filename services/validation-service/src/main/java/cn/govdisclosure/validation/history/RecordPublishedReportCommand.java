package cn.govdisclosure.validation.history;

import cn.govdisclosure.kernel.report.ReportContent;
import java.time.Instant;
import java.util.Objects;

/**
 * Keep publication {@code version} of an agency's report for a year, unless a newer one is known. Service-private.
 * {@code recordedAt}: when the version entered the event log (the Kafka record's timestamp), so that replaying the
 * log stamps each row as it was stamped the first time; {@code null} stamps it with the service's clock.
 */
public record RecordPublishedReportCommand(String creditCode, int year, String formatId, int version,
                                           ReportContent content, Instant recordedAt) {

    public RecordPublishedReportCommand {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
    }

    public RecordPublishedReportCommand(String creditCode, int year, String formatId, int version,
                                        ReportContent content) {
        this(creditCode, year, formatId, version, content, null);
    }
}
