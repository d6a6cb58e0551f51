package cn.govdisclosure.validation.history;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.validation.history.KnownReport.Source;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The known reports, one per agency and year ({@code known_report}, figures and sections as jsonb). */
@Repository
class KnownReports {

    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> SECTIONS = new TypeReference<>() {
    };

    /**
     * Each write is one statement that decides and writes together, so two writers racing for one agency-year
     * (a redelivery, a load while a version is published) cannot both win.
     */
    private static final String UPSERT = """
            INSERT INTO known_report (credit_code, year, format_id, figures, sections, version, source, recorded_at)
            VALUES (:creditCode, :year, :formatId, CAST(:figures AS jsonb), CAST(:sections AS jsonb), :version,
                    :source, :recordedAt)
            ON CONFLICT (credit_code, year) DO UPDATE
               SET format_id = EXCLUDED.format_id, figures = EXCLUDED.figures, sections = EXCLUDED.sections,
                   version = EXCLUDED.version, source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    KnownReports(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<KnownReport> find(String creditCode, int year) {
        return jdbc.sql("SELECT * FROM known_report WHERE credit_code = :creditCode AND year = :year")
                .param("creditCode", creditCode)
                .param("year", year)
                .query(this::report)
                .optional();
    }

    /**
     * Stores a published version unless the same or a newer version is known: versions can arrive twice (a
     * redelivery) and, after a replay, out of order. It replaces a loaded report.
     *
     * @return whether it was stored
     */
    boolean recordPublished(KnownReport report) {
        return upsert(report, "WHERE known_report.source = 'LOADED' OR known_report.version < EXCLUDED.version");
    }

    /**
     * Stores a loaded report unless a published version is known; it replaces an earlier loaded one.
     *
     * @return whether it was stored
     */
    boolean recordLoaded(KnownReport report) {
        return upsert(report, "WHERE known_report.source = 'LOADED'");
    }

    private boolean upsert(KnownReport report, String condition) {
        return jdbc.sql(UPSERT + condition)
                .param("creditCode", report.creditCode())
                .param("year", report.year())
                .param("formatId", report.formatId())
                .param("figures", json.writeValueAsString(report.content().figures()))
                .param("sections", json.writeValueAsString(report.content().sections()))
                .param("version", report.version(), Types.INTEGER)
                .param("source", report.source().name())
                .param("recordedAt", OffsetDateTime.ofInstant(report.recordedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    private KnownReport report(ResultSet row, int rowNumber) throws SQLException {
        return new KnownReport(row.getString("credit_code"), row.getInt("year"), row.getString("format_id"),
                new ReportContent(json.readValue(row.getString("figures"), FIGURES),
                        json.readValue(row.getString("sections"), SECTIONS)),
                row.getObject("version", Integer.class), Source.valueOf(row.getString("source")),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
