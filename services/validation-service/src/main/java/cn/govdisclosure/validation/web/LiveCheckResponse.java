package cn.govdisclosure.validation.web;

import cn.govdisclosure.validation.run.ReportCheck;
import java.util.List;

/**
 * What a submission of the report would yield now: the format and year it was checked as, the outcome and every
 * violation, errors first.
 */
record LiveCheckResponse(String formatId, int year, String ruleSetVersion, String outcome,
                         List<ViolationResponse> violations) {

    static LiveCheckResponse of(ReportCheck check) {
        return new LiveCheckResponse(check.formatId(), check.year(), check.ruleSetVersion(), check.outcome().name(),
                ViolationResponse.of(check.violations()));
    }
}
