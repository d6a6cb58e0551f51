package cn.govdisclosure.validation.run;

import cn.govdisclosure.kernel.rules.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored validation runs, one per submission ({@code validation_run}, violations as jsonb). */
@Repository
public class ValidationRuns {

    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ValidationRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** All runs of a report, in submission order; empty when the report was never validated. */
    public List<ValidationRun> forReport(String reportId) {
        return jdbc.sql("SELECT * FROM validation_run WHERE report_id = :reportId ORDER BY submission_number")
                .param("reportId", reportId)
                .query(this::run)
                .list();
    }

    Optional<ValidationRun> find(String reportId, int submissionNumber) {
        return jdbc.sql("SELECT * FROM validation_run WHERE report_id = :reportId "
                        + "AND submission_number = :submissionNumber")
                .param("reportId", reportId)
                .param("submissionNumber", submissionNumber)
                .query(this::run)
                .optional();
    }

    /**
     * Stores the run unless the submission already has one. The first run stands: a redelivered submission must
     * yield the same outcome, even if it is checked again by a newer rule set.
     *
     * @return whether this run was stored
     */
    boolean recordIfAbsent(ValidationRun run) {
        return jdbc.sql("""
                        INSERT INTO validation_run (report_id, submission_number, validation_id, rule_set_version,
                                                    outcome, violations, validated_at)
                        VALUES (:reportId, :submissionNumber, :validationId, :ruleSetVersion,
                                :outcome, CAST(:violations AS jsonb), :validatedAt)
                        ON CONFLICT (report_id, submission_number) DO NOTHING""")
                .param("reportId", run.reportId())
                .param("submissionNumber", run.submissionNumber())
                .param("validationId", UUID.fromString(run.validationId()))
                .param("ruleSetVersion", run.ruleSetVersion())
                .param("outcome", run.outcome().name())
                .param("violations", json.writeValueAsString(run.violations()))
                .param("validatedAt", OffsetDateTime.ofInstant(run.validatedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    private ValidationRun run(ResultSet row, int rowNumber) throws SQLException {
        return new ValidationRun(row.getString("report_id"), row.getInt("submission_number"),
                row.getString("validation_id"), row.getString("rule_set_version"),
                Outcome.valueOf(row.getString("outcome")), json.readValue(row.getString("violations"), VIOLATIONS),
                row.getObject("validated_at", OffsetDateTime.class).toInstant());
    }
}
