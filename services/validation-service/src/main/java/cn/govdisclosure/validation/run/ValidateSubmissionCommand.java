package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.report.ReportContent;
import java.time.Instant;
import java.util.Objects;

/**
 * Check one submission of a report against the rules of the format it was filed in, and against the agency's
 * report of the year before where that is known. {@code agencyKind} sets the deadline; {@code null} when the
 * submission did not name it (a department is assumed). Service-private.
 */
public record ValidateSubmissionCommand(String reportId, int submissionNumber, String creditCode, int year,
                                        String regionCode, String formatId, ReportContent content,
                                        Instant submittedAt, AgencyKind agencyKind) {

    public ValidateSubmissionCommand {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
