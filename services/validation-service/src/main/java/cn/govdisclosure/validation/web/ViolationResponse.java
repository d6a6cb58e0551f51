package cn.govdisclosure.validation.web;

import cn.govdisclosure.kernel.rules.Violation;
import java.util.List;

/**
 * One violated rule: its id, ERROR, WARNING or INFO, the cells concerned and what is wrong, in Chinese; for a
 * warning the agency has explained, the explanation ({@code null} otherwise).
 */
record ViolationResponse(String ruleId, String severity, List<String> cells, String message, String explanation) {

    static ViolationResponse of(Violation violation) {
        return new ViolationResponse(violation.ruleId(), violation.severity().name(), violation.cells(),
                violation.message(), violation.explanation());
    }

    static List<ViolationResponse> of(List<Violation> violations) {
        return violations.stream().map(ViolationResponse::of).toList();
    }
}
