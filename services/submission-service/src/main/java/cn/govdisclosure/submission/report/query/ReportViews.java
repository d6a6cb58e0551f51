package cn.govdisclosure.submission.report.query;

import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.submission.report.command.AnnualReportAcceptedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportPublishedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportRejectedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.CorrectionOpenedEvent;
import cn.govdisclosure.submission.report.command.FigureChange;
import cn.govdisclosure.submission.report.command.FiguresChangedEvent;
import cn.govdisclosure.submission.report.command.ReportApprovedEvent;
import cn.govdisclosure.submission.report.command.ReportReturnedEvent;
import cn.govdisclosure.submission.report.command.ReportStatus;
import cn.govdisclosure.submission.report.command.ReportSubmittedForApprovalEvent;
import cn.govdisclosure.submission.report.command.SectionChangedEvent;
import cn.govdisclosure.submission.report.command.WarningExplainedEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code report_view} read model. Its processing group is subscribing: it is updated in the transaction that
 * appends the events, so a client reads its own writes.
 */
@Component
@ProcessingGroup(ReportViews.PROCESSING_GROUP)
public class ReportViews {

    public static final String PROCESSING_GROUP = "report-views";

    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    ReportViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AnnualReportCreatedEvent event) {
        jdbc.sql("""
                        INSERT INTO report_view (report_id, credit_code, agency_name, region_code, year, format_id,
                                                 status, updated_at)
                        VALUES (:reportId, :creditCode, :agencyName, :regionCode, :year, :formatId, :status, :at)
                        ON CONFLICT (report_id) DO NOTHING""")
                .param("reportId", event.reportId())
                .param("creditCode", event.creditCode())
                .param("agencyName", event.agencyName())
                .param("regionCode", event.regionCode())
                .param("year", event.year())
                .param("formatId", event.formatId())
                .param("status", ReportStatus.DRAFT.name())
                .param("at", Timestamp.from(event.createdAt()))
                .update();
    }

    @EventHandler
    void on(FiguresChangedEvent event) {
        Map<String, BigDecimal> set = new LinkedHashMap<>();
        List<String> blanked = event.changes().stream().filter(change -> change.newValue() == null)
                .map(FigureChange::cellId).toList();
        event.changes().stream().filter(change -> change.newValue() != null)
                .forEach(change -> set.put(change.cellId(), change.newValue()));
        jdbc.sql("""
                        UPDATE report_view SET figures = (figures || CAST(:set AS jsonb)) - CAST(:blanked AS text[]),
                                               updated_at = :at
                        WHERE report_id = :reportId""")
                .param("set", Json.write(set))
                .param("blanked", blanked.toArray(String[]::new))
                .param("at", Timestamp.from(event.changedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    @EventHandler
    void on(SectionChangedEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET sections = sections || jsonb_build_object(:key, :text), updated_at = :at
                        WHERE report_id = :reportId""")
                .param("key", event.key())
                .param("text", event.newText())
                .param("at", Timestamp.from(event.changedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    /** A withdrawn explanation (new text null) leaves the map, so that the view shows only what stands. */
    @EventHandler
    void on(WarningExplainedEvent event) {
        if (event.newText() == null) {
            jdbc.sql("""
                            UPDATE report_view SET explanations = explanations - CAST(? AS text), updated_at = ?
                            WHERE report_id = ?""")
                    .params(event.ruleId(), Timestamp.from(event.explainedAt()), event.reportId())
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE report_view SET explanations = explanations || jsonb_build_object(CAST(? AS text),
                                                   CAST(? AS text)), updated_at = ?
                            WHERE report_id = ?""")
                    .params(event.ruleId(), event.newText(), Timestamp.from(event.explainedAt()), event.reportId())
                    .update();
        }
    }

    @EventHandler
    void on(ReportSubmittedForApprovalEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET status = :status, approval_levels = :levels, approved_levels = 0,
                                               last_comment = NULL, updated_at = :at
                        WHERE report_id = :reportId""")
                .param("status", ReportStatus.AWAITING_APPROVAL.name())
                .param("levels", event.approvalLevels())
                .param("at", Timestamp.from(event.submittedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    @EventHandler
    void on(ReportApprovedEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET approved_levels = :level, last_comment = :comment, updated_at = :at
                        WHERE report_id = :reportId""")
                .param("level", event.level())
                .param("comment", event.comment())
                .param("at", Timestamp.from(event.approvedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    @EventHandler
    void on(ReportReturnedEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET status = :status, approved_levels = 0, last_comment = :comment,
                                               updated_at = :at
                        WHERE report_id = :reportId""")
                .param("status", ReportStatus.DRAFT.name())
                .param("comment", event.comment())
                .param("at", Timestamp.from(event.returnedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    @EventHandler
    void on(CorrectionOpenedEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET status = :status, last_comment = :reason, updated_at = :at
                        WHERE report_id = :reportId""")
                .param("status", ReportStatus.UNDER_CORRECTION.name())
                .param("reason", event.reason())
                .param("at", Timestamp.from(event.openedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    @EventHandler
    void on(AnnualReportSubmittedEvent event) {
        updateStatus(event.reportId(), ReportStatus.SUBMITTED, List.of(), null, event.submittedAt());
        jdbc.sql("UPDATE report_view SET submission_number = ? WHERE report_id = ?")
                .params(event.submissionNumber(), event.reportId()).update();
    }

    @EventHandler
    void on(AnnualReportAcceptedEvent event) {
        updateStatus(event.reportId(), ReportStatus.ACCEPTED, event.warnings(), event.ruleSetVersion(),
                event.acceptedAt());
    }

    @EventHandler
    void on(AnnualReportRejectedEvent event) {
        updateStatus(event.reportId(), ReportStatus.REJECTED, event.violations(), event.ruleSetVersion(),
                event.rejectedAt());
    }

    @EventHandler
    void on(AnnualReportPublishedEvent event) {
        jdbc.sql("""
                        UPDATE report_view SET status = :status, published_version = :version, published_url = :url,
                                               updated_at = :at
                        WHERE report_id = :reportId""")
                .param("status", ReportStatus.PUBLISHED.name())
                .param("version", event.version())
                .param("url", event.url())
                .param("at", Timestamp.from(event.publishedAt()))
                .param("reportId", event.reportId())
                .update();
    }

    /** The credit code of the agency whose report it is: what an access check needs, without reading the figures. */
    public Optional<String> agencyOf(String reportId) {
        return jdbc.sql("SELECT credit_code FROM report_view WHERE report_id = ?").param(reportId)
                .query(String.class).optional();
    }

    public Optional<ReportView> find(String reportId) {
        return jdbc.sql("SELECT * FROM report_view WHERE report_id = ?").param(reportId)
                .query(ReportViews::view).optional();
    }

    public List<ReportView> findByAgency(String creditCode) {
        return jdbc.sql("SELECT * FROM report_view WHERE credit_code = ? ORDER BY year DESC").param(creditCode)
                .query(ReportViews::view).list();
    }

    private void updateStatus(String reportId, ReportStatus status, List<Violation> violations,
                              String ruleSetVersion, Instant at) {
        jdbc.sql("""
                        UPDATE report_view SET status = :status, violations = CAST(:violations AS jsonb),
                                               rule_set_version = :ruleSetVersion, updated_at = :at
                        WHERE report_id = :reportId""")
                .param("status", status.name())
                .param("violations", Json.write(violations))
                .param("ruleSetVersion", ruleSetVersion)
                .param("at", Timestamp.from(at))
                .param("reportId", reportId)
                .update();
    }

    private static ReportView view(ResultSet rs, int row) throws SQLException {
        return new ReportView(rs.getString("report_id"), rs.getString("credit_code"), rs.getString("agency_name"),
                rs.getString("region_code"), rs.getInt("year"), rs.getString("format_id"), rs.getString("status"),
                (Integer) rs.getObject("approval_levels"), rs.getInt("approved_levels"), rs.getString("last_comment"),
                rs.getInt("submission_number"), Json.read(rs.getString("figures"), FIGURES),
                Json.read(rs.getString("sections"), TEXTS), Json.read(rs.getString("explanations"), TEXTS),
                Json.read(rs.getString("violations"), VIOLATIONS),
                rs.getString("rule_set_version"), (Integer) rs.getObject("published_version"),
                rs.getString("published_url"), rs.getTimestamp("updated_at").toInstant());
    }
}
