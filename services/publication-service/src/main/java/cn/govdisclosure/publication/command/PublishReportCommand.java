package cn.govdisclosure.publication.command;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Make an accepted submission of a report public. {@code reportId} and {@code submissionNumber} name the submission;
 * the rest is what readers will see. {@code auditHeadHash} (hex) is the head of the report's audit hash chain at
 * acceptance, null when the acceptance did not carry one. {@code correctionReason} says why this version corrects
 * the one before it; null for a first publication.
 */
public record PublishReportCommand(String reportId, int submissionNumber, String creditCode, String agencyName,
                                   String regionCode, int year, String formatId, ReportContent content,
                                   List<Violation> warnings, String ruleSetVersion, String auditHeadHash,
                                   String correctionReason) {

    public PublishReportCommand {
        new ReportId(reportId);
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    }
}
