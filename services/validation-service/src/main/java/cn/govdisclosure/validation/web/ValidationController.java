package cn.govdisclosure.validation.web;

import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.validation.run.ValidationRun;
import cn.govdisclosure.validation.run.ValidationRuns;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The validation runs of a report. */
@RestController
class ValidationController {

    private final ValidationRuns runs;

    ValidationController(ValidationRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/api/validations/{reportId}")
    List<ValidationRunResponse> runsOf(@PathVariable String reportId) {
        List<ValidationRun> found = runs.forReport(reportId);
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("报告 " + reportId + " 没有校验记录");
        }
        return found.stream().map(ValidationRunResponse::of).toList();
    }
}
