package cn.govdisclosure.validation.web;

import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.validation.history.InvalidReportException;
import cn.govdisclosure.validation.history.LoadReportCommand;
import cn.govdisclosure.validation.history.PublishedReportKnownException;
import cn.govdisclosure.validation.history.ReportHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agencies' reports of past years this service checks next year's reports against: loading one published
 * before this system, and reading what is known.
 */
@RestController
@RequestMapping("/api/history/{creditCode}/{year}")
class HistoryController {

    private final ReportHistory history;

    HistoryController(ReportHistory history) {
        this.history = history;
    }

    @PutMapping
    KnownReportResponse load(@PathVariable String creditCode, @PathVariable int year,
                             @RequestBody LoadReportRequest request) {
        LoadReportCommand command = new LoadReportCommand(creditCode, year, request.formatId(),
                FigureValues.from(request.figures()), request.sections());
        try {
            return KnownReportResponse.of(history.handle(command));
        } catch (InvalidReportException e) {
            throw new InvalidInputException(e.problems().entrySet().stream()
                    .map(problem -> new FieldError(problem.getKey(), problem.getValue())).toList());
        } catch (PublishedReportKnownException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    @GetMapping
    KnownReportResponse find(@PathVariable String creditCode, @PathVariable int year) {
        return history.find(creditCode, year).map(KnownReportResponse::of).orElseThrow(
                () -> new ResourceNotFoundException("未知统一社会信用代码为 " + creditCode + " 的机关的" + year + "年度报告"));
    }
}
