package cn.govdisclosure.validation.history;

import cn.govdisclosure.kernel.report.ReportContent;
import java.time.Instant;
import java.util.Objects;

/**
 * An agency's report for one year as this service knows it, for checking the next year's report against: the
 * latest published version, or a report loaded from before this system. {@code version} is the publication version,
 * {@code null} for a loaded report.
 */
public record KnownReport(String creditCode, int year, String formatId, ReportContent content, Integer version,
                          Source source, Instant recordedAt) {

    /** Where the report came from. A published version supersedes a loaded report, never the reverse. */
    public enum Source {
        PUBLISHED,
        LOADED
    }

    public KnownReport {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        if ((source == Source.PUBLISHED) != (version != null)) {
            throw new IllegalArgumentException("A published report has a version, a loaded one has none");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
