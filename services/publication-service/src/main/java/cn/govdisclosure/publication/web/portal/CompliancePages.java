package cn.govdisclosure.publication.web.portal;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.publication.query.AgencyCompliance;
import cn.govdisclosure.publication.query.ComplianceReport;
import cn.govdisclosure.publication.query.Timeliness;
import cn.govdisclosure.publication.web.portal.CompliancePage.AgencyLine;
import cn.govdisclosure.publication.web.portal.CompliancePage.Counts;
import cn.govdisclosure.publication.web.portal.CompliancePage.DayCount;
import cn.govdisclosure.publication.web.portal.CompliancePage.StatusGroup;
import cn.govdisclosure.publication.web.portal.CompliancePage.SubRegionLine;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the compliance dashboard's page from the report of a region's agencies against their deadlines. */
final class CompliancePages {

    /** The order in which the groups are listed: what a supervisor acts on first. */
    private static final List<Timeliness> GROUPS = List.of(Timeliness.MISSING, Timeliness.LATE,
            Timeliness.NOT_YET_DUE, Timeliness.ON_TIME);

    private CompliancePages() {
    }

    static CompliancePage of(ComplianceReport report) {
        List<SubRegionLine> subRegions = report.agencies().stream()
                .collect(Collectors.groupingBy(AgencyCompliance::subRegion, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(subRegion -> new SubRegionLine(subRegion.getKey(),
                        subRegion.getKey().equals(report.region().code()),
                        ComplianceController.path(subRegion.getKey(), report.year()), counts(subRegion.getValue())))
                .toList();
        List<StatusGroup> groups = GROUPS.stream()
                .map(status -> new StatusGroup(status.name(), status.label(), report.with(status).stream()
                        .map(agency -> line(agency, report.today())).toList()))
                .toList();
        SortedMap<LocalDate, long[]> perDay = new TreeMap<>();
        report.agencies().stream().filter(agency -> agency.publishedOn() != null).forEach(agency ->
                perDay.computeIfAbsent(agency.publishedOn(), day -> new long[2])
                        [agency.timeliness() == Timeliness.LATE ? 1 : 0]++);
        SortedMap<LocalDate, String> deadlines = new TreeMap<>();
        report.deadlines().forEach((day, kind) -> deadlines.put(day, kind.label() + "截止"));
        return new CompliancePage(report.region().code(), report.region().level(), report.year(),
                ChineseDates.full(report.today()), deadlineRules(report.year()), counts(report.agencies()), subRegions,
                groups, PublicationChart.of(report.year(), perDay, deadlines),
                perDay.entrySet().stream().map(day -> new DayCount(ChineseDates.full(day.getKey()), day.getValue()[0],
                        day.getValue()[1])).toList(),
                report.unregisteredPublishers());
    }

    private static List<String> deadlineRules(int year) {
        return Arrays.stream(AgencyKind.values())
                .map(kind -> kind.label() + "：" + ChineseDates.full(kind.deadline(year)) + "前")
                .toList();
    }

    private static Counts counts(Collection<AgencyCompliance> agencies) {
        Map<Timeliness, Long> counts = agencies.stream()
                .collect(Collectors.groupingBy(AgencyCompliance::timeliness, Collectors.counting()));
        return new Counts(agencies.size(), counts.getOrDefault(Timeliness.ON_TIME, 0L),
                counts.getOrDefault(Timeliness.LATE, 0L), counts.getOrDefault(Timeliness.MISSING, 0L),
                counts.getOrDefault(Timeliness.NOT_YET_DUE, 0L));
    }

    private static AgencyLine line(AgencyCompliance agency, LocalDate today) {
        return new AgencyLine(agency.creditCode(), agency.name(), agency.regionCode(), agency.kind().label(),
                ChineseDates.full(agency.deadline()),
                agency.publishedOn() == null ? null : ChineseDates.full(agency.publishedOn()),
                agency.daysLate(today), agency.reportPath());
    }
}
