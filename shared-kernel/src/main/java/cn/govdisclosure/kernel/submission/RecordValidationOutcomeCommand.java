package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/**
 * Tells the submission service how one submission of a report fared against the rules: accepted when no violation
 * blocks acceptance (no error, every warning explained), rejected otherwise. Recording the same outcome twice changes nothing.
 *
 * <p>Sent by the validation service on {@code submission.commands}. Revision 1: initial.
 */
@Revision("1")
public record RecordValidationOutcomeCommand(@TargetAggregateIdentifier String reportId, int submissionNumber, String validationId,
                                             String ruleSetVersion, List<Violation> violations,
                                             Instant validatedAt) {

    public RecordValidationOutcomeCommand {
        new ReportId(reportId);
        Objects.requireNonNull(validationId, "validationId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        violations = List.copyOf(violations);
        Objects.requireNonNull(validatedAt, "validatedAt");
    }

    /** Accepted when no error remains and every warning carries the agency's explanation. */
    public boolean accepted() {
        return violations.stream().noneMatch(Violation::blocksAcceptance);
    }
}
