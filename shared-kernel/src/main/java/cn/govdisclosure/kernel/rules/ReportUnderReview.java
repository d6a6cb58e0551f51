package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as the rules see it: its format and year, the agency's region, its content, when it was submitted
 * ({@code null} while it is still being filled in), the same agency's report of the year before where that is
 * known ({@code null} when it is not: cross-year rules then say so instead of passing), and the kind of agency that
 * files it, which sets its deadline ({@link AgencyKind#DEPARTMENT} where the kind is not known).
 */
public record ReportUnderReview(ReportFormat format, int year, String regionCode, ReportContent content,
                                Instant submittedAt, PreviousYear previousYear, AgencyKind agencyKind) {

    public ReportUnderReview {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        agencyKind = agencyKind == null ? AgencyKind.DEPARTMENT : agencyKind;
    }

    /** A report of an agency whose kind is not known: a department, the kind with the earlier deadline. */
    public ReportUnderReview(ReportFormat format, int year, String regionCode, ReportContent content,
                             Instant submittedAt, PreviousYear previousYear) {
        this(format, year, regionCode, content, submittedAt, previousYear, null);
    }

    /** A report being filled in: no region, no submission, previous year unknown. */
    public static ReportUnderReview draft(ReportFormat format, int year, ReportContent content) {
        return new ReportUnderReview(format, year, null, content, null, null);
    }

    public ReportUnderReview withPreviousYear(PreviousYear previous) {
        return new ReportUnderReview(format, year, regionCode, content, submittedAt, previous, agencyKind);
    }

    public Optional<PreviousYear> previous() {
        return Optional.ofNullable(previousYear);
    }

    public java.math.BigDecimal figure(String cellId) {
        return content.figure(cellId);
    }

    /** The same agency's report for the year before, as published. */
    public record PreviousYear(int year, ReportFormat format, ReportContent content) {

        public PreviousYear {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(content, "content");
        }
    }
}
