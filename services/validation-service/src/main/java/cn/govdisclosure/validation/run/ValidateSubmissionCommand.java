package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.report.ReportContent;
import java.util.Objects;

/** Check one submission of a report against the rules of the format it was filed in. Service-private. */
public record ValidateSubmissionCommand(String reportId, int submissionNumber, String formatId,
                                        ReportContent content) {

    public ValidateSubmissionCommand {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
    }
}
