package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers questions about published reports from {@code published_report}. */
@Component
public class PublishedReportQueries {

    /** 一、本年新收政府信息公开申请数量 · 总计, in both national formats. */
    public static final String APPLICATIONS_RECEIVED = "s3.received.total";

    private static final String COLUMNS = """
            credit_code, year, version, report_id, submission_number, agency_name, region_code, format_id, figures,
            sections, warnings, rule_set_version, published_at, audit_head_hash, correction_reason""";

    /* The latest version of each report; the filters apply to it, so a renamed agency is found by its new name. */
    private static final String LATEST_PER_REPORT = """
            SELECT * FROM (
                SELECT DISTINCT ON (credit_code, year) credit_code, year, version, report_id, agency_name,
                       region_code, published_at
                  FROM published_report
                 WHERE (CAST(:year AS INTEGER) IS NULL OR year = :year)
                 ORDER BY credit_code, year, version DESC) latest
             WHERE (CAST(:region AS TEXT) IS NULL OR region_code LIKE :region || '%')
               AND (CAST(:agency AS TEXT) IS NULL OR credit_code = :agency
                    OR strpos(agency_name, :agency) > 0)""";

    private static final TypeReference<TreeMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<TreeMap<String, String>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Violation>> WARNINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PortalLinks links;

    PublishedReportQueries(JdbcClient jdbc, JsonMapper json, PortalLinks links) {
        this.jdbc = jdbc;
        this.json = json;
        this.links = links;
    }

    public Optional<PublishedReport> find(FindPublishedReportQuery query) {
        List<Integer> versions = versions(query.creditCode(), query.year());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        int version = query.version() == null ? versions.get(versions.size() - 1) : query.version();
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_report"
                        + " WHERE credit_code = ? AND year = ? AND version = ?")
                .params(query.creditCode(), query.year(), version)
                .query((row, number) -> report(row, versions)).optional();
    }

    public PublishedReportPage list(ListPublishedReportsQuery query) {
        List<PublishedReportSummary> items = filtered(LATEST_PER_REPORT
                + " ORDER BY " + query.order().sql() + " LIMIT :size OFFSET :offset", query)
                .param("size", query.size()).param("offset", query.offset())
                .query(this::summary).list();
        long total = filtered("SELECT count(*) FROM (" + LATEST_PER_REPORT + ") matching", query)
                .query(Long.class).single();
        return new PublishedReportPage(items, query.page(), query.size(), total);
    }

    /** Every report year something was published for, latest first, with how many reports. */
    public List<YearCount> years() {
        return jdbc.sql("""
                        SELECT year, count(DISTINCT credit_code) AS reports
                          FROM published_report GROUP BY year ORDER BY year DESC""")
                .query((row, number) -> new YearCount(row.getInt("year"), row.getLong("reports"))).list();
    }

    /**
     * The agency's 本年新收政府信息公开申请数量 (total column, cell {@value #APPLICATIONS_RECEIVED}) in each year it
     * published, from the latest version of each year, oldest year first; the value is null where a version lacks it.
     */
    public List<YearFigure> applicationsReceived(String creditCode) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (year) year, version, figures ->> :cell AS value
                          FROM published_report
                         WHERE credit_code = :creditCode
                         ORDER BY year, version DESC""")
                .param("cell", APPLICATIONS_RECEIVED)
                .param("creditCode", creditCode)
                .query((row, number) -> new YearFigure(row.getInt("year"), row.getInt("version"),
                        row.getString("value") == null ? null : new BigDecimal(row.getString("value"))))
                .list();
    }

    /** The most recently published versions, first publications and corrections alike, newest first. */
    public List<PublicationFeedEntry> recentVersions(int limit) {
        return jdbc.sql("""
                        SELECT credit_code, agency_name, year, version, published_at, correction_reason
                          FROM published_report
                         ORDER BY published_at DESC, credit_code, year, version DESC
                         LIMIT ?""")
                .param(limit)
                .query((row, number) -> {
                    String creditCode = row.getString("credit_code");
                    int year = row.getInt("year");
                    int version = row.getInt("version");
                    return new PublicationFeedEntry(creditCode, row.getString("agency_name"), year, version,
                            row.getObject("published_at", OffsetDateTime.class).toInstant(),
                            links.url(creditCode, year, version), row.getString("correction_reason"));
                }).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, ListPublishedReportsQuery query) {
        return jdbc.sql(sql)
                .param("year", query.year(), Types.INTEGER)
                .param("region", query.region() == null ? null : query.region().prefix(), Types.VARCHAR)
                .param("agency", query.agency(), Types.VARCHAR);
    }

    private List<Integer> versions(String creditCode, int year) {
        return jdbc.sql("SELECT version FROM published_report WHERE credit_code = ? AND year = ? ORDER BY version")
                .params(creditCode, year).query(Integer.class).list();
    }

    private PublishedReport report(ResultSet row, List<Integer> versions) throws SQLException {
        String creditCode = row.getString("credit_code");
        int year = row.getInt("year");
        int version = row.getInt("version");
        return new PublishedReport(row.getString("report_id"), creditCode, row.getString("agency_name"),
                row.getString("region_code"), year, row.getString("format_id"), version,
                row.getInt("submission_number"), row.getObject("published_at", OffsetDateTime.class).toInstant(),
                links.url(creditCode, year, version), json.readValue(row.getString("figures"), FIGURES),
                json.readValue(row.getString("sections"), SECTIONS),
                json.readValue(row.getString("warnings"), WARNINGS), row.getString("rule_set_version"), versions,
                row.getString("audit_head_hash"), row.getString("correction_reason"));
    }

    private PublishedReportSummary summary(ResultSet row, int number) throws SQLException {
        String creditCode = row.getString("credit_code");
        int year = row.getInt("year");
        int version = row.getInt("version");
        return new PublishedReportSummary(row.getString("report_id"), creditCode, row.getString("agency_name"),
                row.getString("region_code"), year, version,
                row.getObject("published_at", OffsetDateTime.class).toInstant(),
                links.url(creditCode, year, version));
    }
}
