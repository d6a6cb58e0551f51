package cn.govdisclosure.validation.web;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.validation.run.ValidationRun;
import cn.govdisclosure.validation.run.ValidationRuns;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
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
        requireReader(reportId);
        List<ValidationRun> found = runs.forReport(reportId);
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("报告 " + reportId + " 没有校验记录");
        }
        return found.stream().map(ValidationRunResponse::of).toList();
    }

    /**
     * The agency's own people, auditors, and supervisors of the region the agency's credit code was issued in
     * (positions 3–8 of the code; validation runs do not carry the agency's region otherwise).
     */
    private static void requireReader(String reportId) {
        AuthenticatedUser user = CurrentUser.get();
        String creditCode = reportId.length() >= 18 ? reportId.substring(0, 18) : "";
        String region = CreditCode.problemWith(creditCode) == null ? new CreditCode(creditCode).regionPart() : null;
        if (!user.belongsTo(creditCode) && !user.has(Role.AUDITOR) && !user.supervises(region)) {
            throw new AccessDeniedException("无权查看其他机关的校验记录");
        }
    }
}
