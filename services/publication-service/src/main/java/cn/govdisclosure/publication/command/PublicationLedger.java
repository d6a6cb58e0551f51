package cn.govdisclosure.publication.command;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Writes publications to {@code published_report}. */
@Repository
class PublicationLedger {

    /*
     * One statement numbers and inserts, so the version is max + 1 of what is committed. A redelivered submission
     * hits the unique (report_id, submission_number) and inserts nothing. Two different submissions of one report
     * racing for the same version would hit the primary key and fail, to be retried; they do not race in practice,
     * since one report's messages share a partition and are handled one after the other.
     */
    private static final String INSERT_NEXT_VERSION = """
            INSERT INTO published_report (credit_code, year, version, report_id, submission_number, agency_name,
                                          region_code, format_id, figures, sections, warnings, rule_set_version,
                                          published_at, audit_head_hash, correction_reason)
            SELECT :creditCode, :year, COALESCE(MAX(version), 0) + 1, :reportId, :submissionNumber, :agencyName,
                   :regionCode, :formatId, CAST(:figures AS jsonb), CAST(:sections AS jsonb), CAST(:warnings AS jsonb),
                   :ruleSetVersion, :publishedAt, :auditHeadHash, :correctionReason
              FROM published_report
             WHERE credit_code = :creditCode AND year = :year
            ON CONFLICT (report_id, submission_number) DO NOTHING
            RETURNING version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublicationLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The version inserted, or empty when the submission was published before. */
    OptionalInt insertNextVersion(PublishReportCommand command, Instant publishedAt) {
        return jdbc.sql(INSERT_NEXT_VERSION)
                .param("creditCode", command.creditCode())
                .param("year", command.year())
                .param("reportId", command.reportId())
                .param("submissionNumber", command.submissionNumber())
                .param("agencyName", command.agencyName())
                .param("regionCode", command.regionCode())
                .param("formatId", command.formatId())
                .param("figures", json.writeValueAsString(command.content().figures()))
                .param("sections", json.writeValueAsString(command.content().sections()))
                .param("warnings", json.writeValueAsString(command.warnings()))
                .param("ruleSetVersion", command.ruleSetVersion())
                .param("publishedAt", OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                .param("auditHeadHash", command.auditHeadHash())
                .param("correctionReason", command.correctionReason())
                .query(Integer.class).optional()
                .map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    int versionOf(String reportId, int submissionNumber) {
        return jdbc.sql("SELECT version FROM published_report WHERE report_id = ? AND submission_number = ?")
                .params(reportId, submissionNumber)
                .query(Integer.class).single();
    }
}
