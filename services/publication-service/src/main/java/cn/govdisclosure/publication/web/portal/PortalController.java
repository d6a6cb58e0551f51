package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.publication.query.FindPublishedReportQuery;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.publication.web.NotFound;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public portal: one page per published version, readable on a phone and printable on A4. An unknown report
 * gets an HTML 404 page here rather than problem JSON, because a person with a browser asked.
 */
@Controller
@RequestMapping("/portal/reports")
class PortalController {

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

    /** The listing moved to the portal's index, {@code /portal/}; old links and bookmarks keep working. */
    @GetMapping
    RedirectView listing(@RequestParam(required = false) String year, @RequestParam(required = false) String page) {
        RedirectView redirect = new RedirectView(UriComponentsBuilder.fromPath(PortalIndexController.PATH)
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParamIfPresent("page", Optional.ofNullable(page))
                .encode().build().toUriString(), true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    /** The version a correction corrects: the one just before it. */
    private PublishedReport corrected(PublishedReport report) {
        return report.correctionReason() == null || report.version() == 1 ? null
                : reports.find(FindPublishedReportQuery.version(report.creditCode(), report.year(),
                        report.version() - 1)).orElse(null);
    }

    private ModelAndView report(FindPublishedReportQuery query) {
        return reports.find(query)
                .map(report -> new ModelAndView("report", Map.of(
                        "page", ReportPages.of(report, corrected(report)),
                        "trend", ApplicationsTrend.of(PublishedReportQueries.APPLICATIONS_RECEIVED,
                                reports.applicationsReceived(report.creditCode()), report.year(),
                                report.creditCode()))))
                .orElseGet(() -> new ModelAndView("not-found", Map.of("message", NotFound.describe(query)),
                        HttpStatus.NOT_FOUND));
    }
}
