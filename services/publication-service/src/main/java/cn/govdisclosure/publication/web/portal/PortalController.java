package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.publication.query.FindPublishedReportQuery;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.query.ListPublishedReportsQuery;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.publication.web.NotFound;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public portal: one page per published version, readable on a phone and printable on A4. An unknown report
 * gets an HTML 404 page here rather than problem JSON, because a person with a browser asked.
 */
@Controller
@RequestMapping("/portal/reports")
class PortalController {

    static final int PAGE_SIZE = 20;

    private final PublishedReportQueries reports;

    PortalController(PublishedReportQueries reports) {
        this.reports = reports;
    }

    @GetMapping("/{creditCode}/{year}")
    ModelAndView latest(@PathVariable String creditCode, @PathVariable int year) {
        return report(FindPublishedReportQuery.latest(creditCode, year));
    }

    @GetMapping("/{creditCode}/{year}/v{version}")
    ModelAndView version(@PathVariable String creditCode, @PathVariable int year, @PathVariable int version) {
        return report(FindPublishedReportQuery.version(creditCode, year, version));
    }

    @GetMapping
    ModelAndView index(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page) {
        Map<String, Object> model = new HashMap<>();
        model.put("year", year);
        model.put("listing", reports.list(new ListPublishedReportsQuery(year, Math.max(page, 0), PAGE_SIZE)));
        return new ModelAndView("reports", model);
    }

    /** The version a correction corrects: the one just before it. */
    private PublishedReport corrected(PublishedReport report) {
        return report.correctionReason() == null || report.version() == 1 ? null
                : reports.find(FindPublishedReportQuery.version(report.creditCode(), report.year(),
                        report.version() - 1)).orElse(null);
    }

    private ModelAndView report(FindPublishedReportQuery query) {
        return reports.find(query)
                .map(report -> new ModelAndView("report", Map.of("page", ReportPages.of(report, corrected(report)))))
                .orElseGet(() -> new ModelAndView("not-found", Map.of("message", NotFound.describe(query)),
                        HttpStatus.NOT_FOUND));
    }
}
