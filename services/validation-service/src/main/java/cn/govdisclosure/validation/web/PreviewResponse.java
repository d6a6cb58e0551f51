package cn.govdisclosure.validation.web;

import java.util.List;

/** What a submission of the previewed report would yield now: the outcome and every violation, errors first. */
record PreviewResponse(String formatId, String ruleSetVersion, String outcome, List<ViolationResponse> violations) {
}
