package cn.govdisclosure.validation.web;

import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.validation.format.UnknownFormatException;
import cn.govdisclosure.validation.run.Outcome;
import cn.govdisclosure.validation.run.SubmissionValidator;
import cn.govdisclosure.validation.run.ValidationRun;
import cn.govdisclosure.validation.run.ValidationRuns;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The validation runs of a report, and checking a report while it is being filled in. */
@RestController
@RequestMapping("/api/validations")
class ValidationController {

    private final ValidationRuns runs;
    private final SubmissionValidator validator;

    ValidationController(ValidationRuns runs, SubmissionValidator validator) {
        this.runs = runs;
        this.validator = validator;
    }

    @GetMapping("/{reportId}")
    List<ValidationRunResponse> runsOf(@PathVariable String reportId) {
        List<ValidationRun> found = runs.forReport(reportId);
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("报告 " + reportId + " 没有校验记录");
        }
        return found.stream().map(ValidationRunResponse::of).toList();
    }

    /** Checks without storing: the answer is for the person filling in the form, not a submission. */
    @PostMapping("/preview")
    PreviewResponse preview(@RequestBody PreviewRequest request) {
        if (!request.namesAFormat()) {
            throw new InvalidInputException("formatId", "请指定报告格式（2021 或 2019）");
        }
        List<Violation> violations = previewOf(request);
        return new PreviewResponse(request.formatId(), RuleSet.VERSION, Outcome.of(violations).name(),
                ViolationResponse.of(violations));
    }

    private List<Violation> previewOf(PreviewRequest request) {
        try {
            return validator.preview(request.formatId(), request.content());
        } catch (UnknownFormatException e) {
            throw new InvalidInputException("formatId", e.getMessage());
        }
    }
}
