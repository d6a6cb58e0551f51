package cn.govdisclosure.validation.web;

import cn.govdisclosure.validation.run.ValidationRun;
import java.time.Instant;
import java.util.List;

/** How one submission of a report fared. */
record ValidationRunResponse(int submissionNumber, String validationId, String ruleSetVersion, String outcome,
                             List<ViolationResponse> violations, Instant validatedAt) {

    static ValidationRunResponse of(ValidationRun run) {
        return new ValidationRunResponse(run.submissionNumber(), run.validationId(), run.ruleSetVersion(),
                run.outcome().name(), ViolationResponse.of(run.violations()), run.validatedAt());
    }
}
