package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The check of one submission, as stored: which rules ({@code ruleSetVersion}) found which violations, and the
 * verdict they imply. There is at most one run per submission; it never changes once stored.
 */
public record ValidationRun(String reportId, int submissionNumber, String validationId, String ruleSetVersion,
                            Outcome outcome, List<Violation> violations, Instant validatedAt) {

    public ValidationRun {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(validationId, "validationId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(outcome, "outcome");
        violations = List.copyOf(violations);
        Objects.requireNonNull(validatedAt, "validatedAt");
    }
}
