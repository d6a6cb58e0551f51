package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.query.FindPublishedReportQuery;
import cn.govdisclosure.publication.query.ListPublishedReportsQuery;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.query.PublishedReportPage;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published reports as JSON, for the portal's own scripts and for anyone who reuses the figures. */
@RestController
@RequestMapping("/api/published")
class PublishedReportController {

    static final int MAX_PAGE_SIZE = 100;

    private final PublishedReportQueries reports;

    PublishedReportController(PublishedReportQueries reports) {
        this.reports = reports;
    }

    @GetMapping("/{creditCode}/{year}")
    PublishedReport latest(@PathVariable String creditCode, @PathVariable int year) {
        return find(FindPublishedReportQuery.latest(creditCode, year));
    }

    @GetMapping("/{creditCode}/{year}/v{version}")
    PublishedReport version(@PathVariable String creditCode, @PathVariable int year, @PathVariable int version) {
        return find(FindPublishedReportQuery.version(creditCode, year, version));
    }

    /** Each report once, at its latest version, most recently published first. */
    @GetMapping
    PublishedReportPage list(@RequestParam(required = false) Integer year,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应在1到" + MAX_PAGE_SIZE + "之间");
        }
        return reports.list(new ListPublishedReportsQuery(year, page, size));
    }

    private PublishedReport find(FindPublishedReportQuery query) {
        return reports.find(query).orElseThrow(() -> new ResourceNotFoundException(NotFound.describe(query)));
    }
}
