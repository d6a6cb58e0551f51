package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.publication.query.ComplianceQueries;
import cn.govdisclosure.publication.query.FindComplianceQuery;
import cn.govdisclosure.publication.query.RegionFilter;
import java.time.Clock;
import java.time.LocalDate;
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
 * The deadline dashboard for supervising offices: for a region and its sub-regions, which registered agencies
 * published their report for a year on time, late, or not at all. Without a region it asks for one; a bad region or
 * year is named on the page (400).
 */
@Controller
class ComplianceController {

    static final String PATH = "/portal/compliance";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ComplianceQueries compliance;
    private final Clock clock;

    ComplianceController(ComplianceQueries compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ModelAndView dashboard(@RequestParam(required = false) String region,
                           @RequestParam(required = false) String year) {
        LocalDate today = LocalDate.now(clock.withZone(ChineseDates.CHINA));
        String regionCode = region == null || region.isBlank() ? null : region.strip();
        String reportYear = year == null || year.isBlank() ? String.valueOf(today.getYear() - 1) : year.strip();
        Map<String, Object> model = new HashMap<>();
        model.put("region", regionCode);
        model.put("year", reportYear);
        List<String> problems = new ArrayList<>();
        if (regionCode != null && !RegionFilter.isValid(regionCode)) {
            problems.add("行政区划代码应为6位数字，如 140500");
        }
        if (!YEAR.matcher(reportYear).matches()) {
            problems.add("报告年度应为四位数字，如 2023");
        }
        model.put("problems", problems);
        if (!problems.isEmpty()) {
            return new ModelAndView("compliance", model, HttpStatus.BAD_REQUEST);
        }
        if (regionCode != null) {
            model.put("page", CompliancePages.of(compliance.compliance(
                    new FindComplianceQuery(new RegionFilter(regionCode), Integer.parseInt(reportYear), today))));
        }
        return new ModelAndView("compliance", model);
    }

    static String path(String regionCode, int year) {
        return PATH + "?region=" + regionCode + "&year=" + year;
    }
}
