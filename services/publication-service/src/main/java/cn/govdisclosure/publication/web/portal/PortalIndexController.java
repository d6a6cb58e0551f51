package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.publication.query.ListPublishedReportsQuery;
import cn.govdisclosure.publication.query.PublishedReportPage;
import cn.govdisclosure.publication.query.PublishedReportQueries;
import cn.govdisclosure.publication.query.RegionFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's front page: every published report (each at its latest version) by year, region and agency, with a
 * search by agency name and paging. A bad filter is answered with the page and the problem named on it (400), since
 * a person typed it.
 */
@Controller
class PortalIndexController {

    static final String PATH = "/portal/";
    static final int PAGE_SIZE = 20;
    static final int MAX_SEARCH_LENGTH = 100;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PAGE = Pattern.compile("\\d{1,6}");

    private final PublishedReportQueries reports;

    PortalIndexController(PublishedReportQueries reports) {
        this.reports = reports;
    }

    @GetMapping({"/portal", PATH})
    ModelAndView index(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
                       @RequestParam(required = false) String agency, @RequestParam(required = false) String page) {
        PortalIndex.Filters filters = PortalIndex.Filters.of(year, region, agency);
        List<String> problems = new ArrayList<>();
        if (filters.year() != null && !YEAR.matcher(filters.year()).matches()) {
            problems.add("报告年度应为四位数字，如 2023");
        }
        if (filters.region() != null && !RegionFilter.isValid(filters.region())) {
            problems.add("行政区划代码应为6位数字，如 140500");
        }
        if (filters.agency() != null && filters.agency().length() > MAX_SEARCH_LENGTH) {
            problems.add("机关名称不能超过" + MAX_SEARCH_LENGTH + "个字");
        }
        if (page != null && !PAGE.matcher(page).matches()) {
            problems.add("页码应为不小于0的整数");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("years", reports.years());
        if (!problems.isEmpty()) {
            model.put("index", PortalIndex.refused(filters, problems));
            return new ModelAndView("index", model, HttpStatus.BAD_REQUEST);
        }
        PublishedReportPage listing = reports.list(new ListPublishedReportsQuery(
                filters.year() == null ? null : Integer.valueOf(filters.year()),
                filters.region() == null ? null : new RegionFilter(filters.region()), filters.agency(),
                page == null ? 0 : Integer.parseInt(page), PAGE_SIZE,
                ListPublishedReportsQuery.Order.BY_YEAR_REGION_AGENCY));
        model.put("index", PortalIndex.of(filters, listing));
        return new ModelAndView("index", model);
    }
}
