package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.query.FindPublishedReportQuery;
import cn.govdisclosure.publication.query.ListPublishedReportsQuery;
import cn.govdisclosure.publication.query.PublishedCell;
import cn.govdisclosure.publication.query.PublishedReport;
import cn.govdisclosure.publication.query.PublishedReportPage;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.publication.query.RegionFilter;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published reports as JSON (and one version as CSV), for the portal's own scripts and for anyone who reuses the
 * figures.
 */
@RestController
@RequestMapping("/api/published")
class PublishedReportController {

    static final int MAX_PAGE_SIZE = 100;

    private final PublishedReportQueries reports;

    PublishedReportController(PublishedReportQueries reports) {
        this.reports = reports;
    }

    @GetMapping("/{creditCode}/{year}")
    PublishedReportDocument latest(@PathVariable String creditCode, @PathVariable int year) {
        return PublishedReportDocument.of(find(FindPublishedReportQuery.latest(creditCode, year)));
    }

    @GetMapping("/{creditCode}/{year}/v{version}")
    PublishedReportDocument version(@PathVariable String creditCode, @PathVariable int year,
                                    @PathVariable int version) {
        return PublishedReportDocument.of(find(FindPublishedReportQuery.version(creditCode, year, version)));
    }

    @GetMapping("/{creditCode}/{year}.csv")
    ResponseEntity<byte[]> latestCsv(@PathVariable String creditCode, @PathVariable int year) {
        return csv(find(FindPublishedReportQuery.latest(creditCode, year)));
    }

    @GetMapping("/{creditCode}/{year}/v{version}.csv")
    ResponseEntity<byte[]> versionCsv(@PathVariable String creditCode, @PathVariable int year,
                                      @PathVariable int version) {
        return csv(find(FindPublishedReportQuery.version(creditCode, year, version)));
    }

    /** Each report once, at its latest version, most recently published first. */
    @GetMapping
    PublishedReportPage list(@RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) String agency,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应在1到" + MAX_PAGE_SIZE + "之间");
        }
        if (region != null && !RegionFilter.isValid(region)) {
            throw new InvalidInputException("region", "行政区划代码应为6位数字");
        }
        return reports.list(new ListPublishedReportsQuery(year, region == null ? null : new RegionFilter(region),
                agency, page, size));
    }

    private ResponseEntity<byte[]> csv(PublishedReport report) {
        String fileName = report.creditCode() + "-" + report.year() + "-v" + report.version() + ".csv";
        return ResponseEntity.ok()
                .contentType(PublishedCellsCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(PublishedCellsCsv.write(PublishedCell.of(report)));
    }

    private PublishedReport find(FindPublishedReportQuery query) {
        return reports.find(query).orElseThrow(() -> new ResourceNotFoundException(NotFound.describe(query)));
    }
}
