package cn.govdisclosure.publication.web.portal;

import java.util.List;

/**
 * The compliance dashboard of a region for a report year, ready for markup: the totals, one line per sub-region,
 * the agencies grouped by how they stand, and the chart. {@code asOf} is today in China.
 */
public record CompliancePage(String regionCode, String regionLevel, int year, String asOf, List<String> deadlineRules,
                             Counts totals, List<SubRegionLine> subRegions, List<StatusGroup> groups,
                             PublicationChart chart, List<DayCount> days, long unregisteredPublishers) {

    /** How many registered agencies stand how. */
    public record Counts(long registered, long onTime, long late, long missing, long notYetDue) {

        /** Published on time, as a share of those whose deadline has passed or who published, e.g. 75%. */
        public String onTimeShare() {
            long judged = registered - notYetDue;
            return judged == 0 ? "—" : Math.round(100.0 * onTime / judged) + "%";
        }
    }

    /** A sub-region's line; {@code ownLevel} for the region's own level (本级), {@code path} its own dashboard. */
    public record SubRegionLine(String code, boolean ownLevel, String path, Counts counts) {
    }

    /** The agencies that stand one way ({@code status} is the {@code Timeliness} name). */
    public record StatusGroup(String status, String label, List<AgencyLine> agencies) {
    }

    /** An agency's line; {@code publishedOn} and {@code reportPath} are null when it has not published. */
    public record AgencyLine(String creditCode, String name, String regionCode, String kind, String deadline,
                             String publishedOn, long daysLate, String reportPath) {
    }

    /** A day with publications, for the table that gives the chart's figures in words. */
    public record DayCount(String day, long onTime, long late) {
    }
}
