package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which registered agencies published their report on time, late or not at all: the registered agencies
 * ({@code registered_agency}) against the first version each published ({@code published_report}).
 */
@Component
public class ComplianceQueries {

    /** Deadlines are days in China (条例 第五十条), whatever the server's zone. */

    private final JdbcClient jdbc;

    ComplianceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ComplianceReport compliance(FindComplianceQuery query) {
        var agencies = jdbc.sql("""
                        SELECT a.credit_code, a.name, a.region_code, a.kind, first.published_at
                          FROM registered_agency a
                          LEFT JOIN (SELECT credit_code, min(published_at) AS published_at
                                       FROM published_report
                                      WHERE year = :year
                                      GROUP BY credit_code) first ON first.credit_code = a.credit_code
                         WHERE a.region_code LIKE :prefix || '%'
                         ORDER BY a.region_code, a.name, a.credit_code""")
                .param("year", query.year())
                .param("prefix", query.region().prefix())
                .query((row, number) -> {
                    String creditCode = row.getString("credit_code");
                    String regionCode = row.getString("region_code");
                    AgencyKind kind = AgencyKind.valueOf(row.getString("kind"));
                    OffsetDateTime published = row.getObject("published_at", OffsetDateTime.class);
                    Instant publishedAt = published == null ? null : published.toInstant();
                    LocalDate publishedOn = publishedAt == null ? null : ChineseDates.day(publishedAt);
                    LocalDate deadline = kind.deadline(query.year());
                    return new AgencyCompliance(creditCode, row.getString("name"), regionCode,
                            query.region().subRegionOf(regionCode), kind, deadline, publishedAt, publishedOn,
                            Timeliness.of(deadline, publishedOn, query.today()),
                            publishedAt == null ? null : PortalLinks.latestPath(creditCode, query.year()));
                })
                .list();
        long unregistered = jdbc.sql("""
                        SELECT count(DISTINCT p.credit_code)
                          FROM published_report p
                         WHERE p.year = :year AND p.region_code LIKE :prefix || '%'
                           AND NOT EXISTS (SELECT 1 FROM registered_agency a WHERE a.credit_code = p.credit_code)""")
                .param("year", query.year())
                .param("prefix", query.region().prefix())
                .query(Long.class).single();
        return new ComplianceReport(query.region(), query.year(), query.today(), agencies, unregistered);
    }
}
