package cn.govdisclosure.submission.report.query;

import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A report's version: the sequence number of its last event, which is what Axon compares an expected version with.
 * Sent as the ETag of a report; a change sent with it in {@code If-Match} is refused if the report moved on since.
 */
@Component
public class ReportVersions {

    private final JdbcClient jdbc;

    ReportVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalLong of(String reportId) {
        return jdbc.sql("""
                        SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?
                        ORDER BY sequence_number DESC LIMIT 1""")
                .param(reportId)
                .query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
