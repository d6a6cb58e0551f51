package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.publication.query.PublishedReportPage;
import cn.govdisclosure.publication.query.PublishedReportSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's index, ready for markup: the filters as the reader gave them, one page of reports grouped by report
 * year (in the order year, region, agency), and the links to the pages before and after, filters kept.
 */
public record PortalIndex(Filters filters, List<String> problems, List<YearGroup> groups, long total, int page,
                          int pages, String previous, String next) {

    /** The filters, blank ones as null. */
    public record Filters(String year, String region, String agency) {

        static Filters of(String year, String region, String agency) {
            return new Filters(blankToNull(year), blankToNull(region), blankToNull(agency));
        }

        public boolean any() {
            return year != null || region != null || agency != null;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The reports of one year on this page. */
    public record YearGroup(int year, List<Line> reports) {
    }

    /** A report: its latest version's page, agency and region, and when that version was published. */
    public record Line(String title, String path, String agencyName, String creditCode, String regionCode, int version,
                       String publishedOn) {
    }

    static PortalIndex refused(Filters filters, List<String> problems) {
        return new PortalIndex(filters, List.copyOf(problems), List.of(), 0, 0, 0, null, null);
    }

    static PortalIndex of(Filters filters, PublishedReportPage listing) {
        List<YearGroup> groups = new ArrayList<>();
        for (PublishedReportSummary report : listing.items()) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).year() != report.year()) {
                groups.add(new YearGroup(report.year(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).reports().add(new Line(
                    report.agencyName() + report.year() + "年政府信息公开工作年度报告",
                    "/portal/reports/" + report.creditCode() + "/" + report.year(), report.agencyName(),
                    report.creditCode(), report.regionCode(), report.version(),
                    ChineseDates.full(report.publishedAt())));
        }
        int pages = (int) ((listing.total() + listing.size() - 1) / listing.size());
        return new PortalIndex(filters, List.of(), groups.stream()
                .map(group -> new YearGroup(group.year(), List.copyOf(group.reports()))).toList(),
                listing.total(), listing.page(), pages,
                listing.page() > 0 ? link(filters, listing.page() - 1) : null,
                listing.hasNext() ? link(filters, listing.page() + 1) : null);
    }

    /** The index for another report year ({@code null}: every year), the other filters kept, from its first page. */
    public String yearLink(Integer year) {
        return link(new Filters(year == null ? null : year.toString(), filters.region(), filters.agency()), 0);
    }

    private static String link(Filters filters, int page) {
        return UriComponentsBuilder.fromPath(PortalIndexController.PATH)
                .queryParamIfPresent("year", Optional.ofNullable(filters.year()))
                .queryParamIfPresent("region", Optional.ofNullable(filters.region()))
                .queryParamIfPresent("agency", Optional.ofNullable(filters.agency()))
                .queryParamIfPresent("page", page == 0 ? Optional.empty() : Optional.of(page))
                .encode().build().toUriString();
    }
}
