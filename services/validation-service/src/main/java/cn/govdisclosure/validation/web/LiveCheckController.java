package cn.govdisclosure.validation.web;

import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.validation.format.UnknownFormatException;
import cn.govdisclosure.validation.run.CheckReportQuery;
import cn.govdisclosure.validation.run.ReportChecker;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Checks a report while it is being filled in: the answer is for the person at the form, nothing is stored. */
@RestController
class LiveCheckController {

    private final ReportChecker checker;

    LiveCheckController(ReportChecker checker) {
        this.checker = checker;
    }

    @PostMapping("/api/validate")
    LiveCheckResponse validate(@RequestBody LiveCheckRequest request) {
        CheckReportQuery query = request.query();
        try {
            return LiveCheckResponse.of(checker.handle(query));
        } catch (UnknownFormatException e) {
            throw new InvalidInputException(query.formatId() != null ? "formatId" : "year", e.getMessage());
        }
    }
}
