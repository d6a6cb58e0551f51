package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The registered agencies of a region and its sub-regions against their deadline for a year's report, as of
 * {@code today}, ordered by region code and name. {@code unregisteredPublishers} counts agencies of the region that
 * published a report for the year without being known here as registered: none, unless registrations were lost.
 */
public record ComplianceReport(RegionFilter region, int year, LocalDate today, List<AgencyCompliance> agencies,
                               long unregisteredPublishers) {

    public ComplianceReport {
        agencies = List.copyOf(agencies);
    }

    public List<AgencyCompliance> with(Timeliness timeliness) {
        return agencies.stream().filter(agency -> agency.timeliness() == timeliness).toList();
    }

    /** The deadlines that apply to the agencies listed, earliest first; the departments' one always. */
    public SortedMap<LocalDate, AgencyKind> deadlines() {
        SortedMap<LocalDate, AgencyKind> deadlines = new TreeMap<>();
        deadlines.put(AgencyKind.DEPARTMENT.deadline(year), AgencyKind.DEPARTMENT);
        agencies.forEach(agency -> deadlines.putIfAbsent(agency.deadline(), agency.kind()));
        return deadlines;
    }
}
