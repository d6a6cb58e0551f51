package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A registered agency's report for a year against its deadline: {@code firstPublishedAt} is when its first version
 * was published (a later correction does not move it), {@code publishedOn} that day in China; both null when nothing
 * was published. {@code subRegion} is the region of the dashboard's next level the agency belongs to.
 */
public record AgencyCompliance(String creditCode, String name, String regionCode, String subRegion, AgencyKind kind,
                               LocalDate deadline, Instant firstPublishedAt, LocalDate publishedOn,
                               Timeliness timeliness, String reportPath) {

    /** Days after the deadline the report was published, or, unpublished, has been overdue; 0 when not late. */
    public long daysLate(LocalDate today) {
        LocalDate until = publishedOn != null ? publishedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(deadline, until));
    }
}
