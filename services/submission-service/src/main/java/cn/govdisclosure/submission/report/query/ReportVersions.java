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
        Long version = jdbc.sql("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(reportId)
                .query(Long.class).single();
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }
}
