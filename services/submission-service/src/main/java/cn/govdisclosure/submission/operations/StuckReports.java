package cn.govdisclosure.submission.operations;

import cn.govdisclosure.submission.report.command.ReportStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reports waiting for another service longer than {@link OperationsProperties#stuckAfter()}: submitted and not yet
 * validated, or accepted and not yet published. Checked every minute: the number is the gauge {@code reports.stuck}
 * and each one is logged as a warning, until an operator re-drives it or it moves on.
 */
@Component
public class StuckReports {

    private static final Logger log = LoggerFactory.getLogger(StuckReports.class);

    private final JdbcClient jdbc;
    private final OperationsProperties properties;
    private final Clock clock;
    private final AtomicInteger stuck = new AtomicInteger();

    StuckReports(JdbcClient jdbc, OperationsProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("reports.stuck", stuck, AtomicInteger::get)
                .description("Reports waiting for another service longer than operations.stuck-after")
                .register(meters);
    }

    public List<StuckReport> find() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT report_id, credit_code, year, status, submission_number, updated_at FROM report_view
                        WHERE status IN (:waiting) AND updated_at < :before ORDER BY updated_at""")
                .param("waiting", List.of(ReportStatus.SUBMITTED.name(), ReportStatus.ACCEPTED.name()))
                .param("before", Timestamp.from(now.minus(properties.stuckAfter())))
                .query((row, number) -> {
                    Instant since = row.getTimestamp("updated_at").toInstant();
                    return new StuckReport(row.getString("report_id"), row.getString("credit_code").strip(),
                            row.getInt("year"), row.getString("status"), row.getInt("submission_number"), since,
                            Duration.between(since, now));
                })
                .list();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void check() {
        List<StuckReport> reports = find();
        stuck.set(reports.size());
        for (StuckReport report : reports) {
            log.warn("Report {} stuck: {} since {} ({} min), submission {}; re-drive it with POST "
                            + "/api/operations/stuck-reports/{}/redrive", report.reportId(), report.status(),
                    report.since(), report.waiting().toMinutes(), report.submissionNumber(), report.reportId());
        }
    }
}
