package cn.govdisclosure.publication.query;

import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS = """
            credit_code, year, version, report_id, submission_number, agency_name, region_code, format_id, figures,
            sections, warnings, rule_set_version, published_at, audit_head_hash, correction_reason""";

    /* The latest version of each report, newest publication first. */
    private static final String LATEST_PER_REPORT = """
            SELECT * FROM (
                SELECT DISTINCT ON (credit_code, year) credit_code, year, version, report_id, agency_name,
                       region_code, published_at
                  FROM published_report %s
                 ORDER BY credit_code, year, version DESC) latest
             ORDER BY published_at DESC, credit_code, year
             LIMIT :size OFFSET :offset""";

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
        String filter = query.year() == null ? "" : "WHERE year = :year";
        JdbcClient.StatementSpec items = jdbc.sql(LATEST_PER_REPORT.formatted(filter))
                .param("size", query.size()).param("offset", query.offset());
        JdbcClient.StatementSpec total = jdbc.sql(
                "SELECT count(DISTINCT (credit_code, year)) FROM published_report " + filter);
        if (query.year() != null) {
            items = items.param("year", query.year());
            total = total.param("year", query.year());
        }
        return new PublishedReportPage(items.query(this::summary).list(), query.page(), query.size(),
                total.query(Long.class).single());
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
