package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * A submitted report passed validation (no errors) and may be published. {@code warnings} are the non-blocking
 * findings to be shown with the publication; {@code ruleSetVersion} names the rules that judged it.
 * {@code auditHeadHash} is the hash (hex) of the acceptance's own link in the report's audit hash chain, i.e. the
 * head of that chain when the report was accepted; it ties what is published to the audit trail behind it.
 *
 * {@code correctionReason} is set when the acceptance corrects an earlier publication: why the agency corrected it.
 *
 * <p>Published by the submission service on {@code submission.events}. Revision 1: initial; {@code auditHeadHash}
 * and {@code correctionReason} added later, null in messages written before.
 */
@Revision("1")
public record ReportAcceptedEvent(String reportId, String creditCode, String agencyName, String regionCode,
                                  int year, String formatId, int submissionNumber, ReportContent content,
                                  List<Violation> warnings, String ruleSetVersion, Instant acceptedAt,
                                  String auditHeadHash, String correctionReason) {

    public ReportAcceptedEvent {
        new ReportId(reportId);
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(content, "content");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    /** An acceptance without the audit head hash, as written before that field was added. */
    public ReportAcceptedEvent(String reportId, String creditCode, String agencyName, String regionCode, int year,
                               String formatId, int submissionNumber, ReportContent content, List<Violation> warnings,
                               String ruleSetVersion, Instant acceptedAt) {
        this(reportId, creditCode, agencyName, regionCode, year, formatId, submissionNumber, content, warnings,
                ruleSetVersion, acceptedAt, null, null);
    }

    /** An acceptance of a first publication, not a correction. */
    public ReportAcceptedEvent(String reportId, String creditCode, String agencyName, String regionCode, int year,
                               String formatId, int submissionNumber, ReportContent content, List<Violation> warnings,
                               String ruleSetVersion, Instant acceptedAt, String auditHeadHash) {
        this(reportId, creditCode, agencyName, regionCode, year, formatId, submissionNumber, content, warnings,
                ruleSetVersion, acceptedAt, auditHeadHash, null);
    }

    public boolean correction() {
        return correctionReason != null;
    }
}
