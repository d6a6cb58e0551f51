package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.submission.audit.chain.ChainVerification;
import cn.govdisclosure.submission.audit.chain.ChainVerifier;
import cn.govdisclosure.submission.audit.chain.ChainVerifierCli;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence: every stored event is linked by hash to its predecessor, and a row changed behind the
 * application's back (by an administrator who switched the append-only trigger off) is found at exactly that event.
 */
class EventChainIT extends SubmissionServiceTestBase {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ChainVerifier verifier;

    String reportId;
    TestHttp auditor;

    /** 0 created, 1 first entry, 2 correction, 3 section. */
    @BeforeEach
    void aReportWithSomeChanges() {
        reportId = registerAgencyWithReport(2023);
        auditor = new TestHttp(port, TestTokens.auditor());
        changeFigures(reportId, "{\"s4.review.total\": 1, \"s4.review.upheld\": 1}", "录入");
        changeFigures(reportId, "{\"s4.review.total\": 2}", "更正");
        http.putText("/api/reports/" + reportId + "/sections/other?reason=初次填报", "未收取信息处理费。");
    }

    @Test
    void everyStoredEventIsLinkedToItsPredecessorAndTheUntouchedReportVerifiesIntact() {
        JsonNode verification = auditor.get("/api/audit/reports/" + reportId + "/verify").json();

        assertThat(verification.get("reportId").asText()).isEqualTo(reportId);
        assertThat(verification.get("events").asLong()).isEqualTo(4);
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("firstMismatch").isNull()).isTrue();
        List<byte[]> hashes = jdbc.sql("SELECT hash FROM event_chain WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number").param(reportId).query(byte[].class).list();
        List<byte[]> previous = jdbc.sql("SELECT previous_hash FROM event_chain WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number").param(reportId).query(byte[].class).list();
        assertThat(previous.get(0)).isEqualTo(new byte[32]);
        for (int i = 1; i < hashes.size(); i++) {
            assertThat(previous.get(i)).isEqualTo(hashes.get(i - 1));
        }
        assertThat(verification.get("headHash").asText()).isEqualTo(HexFormat.of().formatHex(hashes.get(3)));
    }

    @Test
    void aChangedPayloadBreaksTheChainAtExactlyThatEvent() {
        asAdministratorWithoutTheAppendOnlyTrigger("""
                UPDATE domain_event_entry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '更正', '篡改'), 'UTF8')
                WHERE aggregate_identifier = ? AND sequence_number = 2""");

        JsonNode verification = auditor.get("/api/audit/reports/" + reportId + "/verify").json();

        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("events").asLong()).isEqualTo(4);
        JsonNode mismatch = verification.get("firstMismatch");
        assertThat(mismatch.get("sequenceNumber").asLong()).isEqualTo(2);
        assertThat(mismatch.get("eventId").asText()).isEqualTo(eventId(2));
        assertThat(mismatch.get("kind").asText()).isEqualTo("CONTENT_CHANGED");
        assertThat(mismatch.get("reason").asText()).isNotBlank();
    }

    @Test
    void changedMetadataBreaksTheChainAtExactlyThatEvent() {
        asAdministratorWithoutTheAppendOnlyTrigger("""
                UPDATE domain_event_entry
                SET meta_data = convert_to((convert_from(meta_data, 'UTF8')::jsonb
                                            || '{"approvedBy": "someone-else"}')::text, 'UTF8')
                WHERE aggregate_identifier = ? AND sequence_number = 1""");

        ChainVerification verification = verifier.verify(reportId);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstMismatch().sequenceNumber()).isEqualTo(1);
        assertThat(verification.firstMismatch().eventId()).isEqualTo(eventId(1));
        assertThat(verification.firstMismatch().kind()).isEqualTo(ChainVerification.Kind.CONTENT_CHANGED);
    }

    @Test
    void theChainItselfIsAppendOnly() {
        String where = " WHERE aggregate_identifier = '" + reportId + "'";

        assertThatThrownBy(() -> jdbc.sql("UPDATE event_chain SET hash = previous_hash" + where).update())
                .hasMessageContaining("event_chain is append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM event_chain" + where).update())
                .hasMessageContaining("event_chain is append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE event_chain").update())
                .hasMessageContaining("event_chain is append-only");
    }

    /**
     * Deleted events, events stored without a link and a rewritten chain, on a copy of the report's rows in a
     * scratch schema, so that the shared event store keeps events every other test can read.
     */
    @Test
    void theVerifierNamesADeletedEventAnUnlinkedEventAndARewrittenChain() throws Exception {
        assertThat(onScratchCopy("DELETE FROM domain_event_entry WHERE sequence_number = 3").firstMismatch())
                .satisfies(mismatch -> {
                    assertThat(mismatch.sequenceNumber()).isEqualTo(3);
                    assertThat(mismatch.eventId()).isEqualTo(eventId(3));
                    assertThat(mismatch.kind()).isEqualTo(ChainVerification.Kind.EVENT_MISSING);
                });
        assertThat(onScratchCopy("DELETE FROM domain_event_entry WHERE sequence_number = 1").firstMismatch().kind())
                .isEqualTo(ChainVerification.Kind.EVENT_MISSING);
        assertThat(onScratchCopy("DELETE FROM event_chain WHERE sequence_number = 2").firstMismatch())
                .satisfies(mismatch -> {
                    assertThat(mismatch.sequenceNumber()).isEqualTo(2);
                    assertThat(mismatch.kind()).isEqualTo(ChainVerification.Kind.MISSING_LINK);
                });
        assertThat(onScratchCopy("UPDATE event_chain SET previous_hash = hash WHERE sequence_number = 2")
                .firstMismatch().kind()).isEqualTo(ChainVerification.Kind.LINK_BROKEN);
        assertThat(onScratchCopy("SELECT 1").intact()).isTrue();
    }

    @Test
    void theCommandLineVerifierPrintsIntactOrTheFirstMismatchAndExitsAccordingly() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        String[] connection = {"--url=" + hikari.getJdbcUrl(), "--user=" + hikari.getUsername()};
        ByteArrayOutputStream intactOutput = new ByteArrayOutputStream();

        int intact = cli(connection, "--report=" + reportId, hikari.getPassword(), intactOutput);
        asAdministratorWithoutTheAppendOnlyTrigger("""
                UPDATE domain_event_entry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '录入', '篡改'), 'UTF8')
                WHERE aggregate_identifier = ? AND sequence_number = 1""");
        ByteArrayOutputStream tamperedOutput = new ByteArrayOutputStream();
        int tampered = cli(connection, null, hikari.getPassword(), tamperedOutput);

        assertThat(intact).isZero();
        assertThat(intactOutput.toString(StandardCharsets.UTF_8)).contains(reportId + "\tintact\t4 events");
        assertThat(tampered).isEqualTo(1);
        assertThat(tamperedOutput.toString(StandardCharsets.UTF_8))
                .contains(reportId + "\tMISMATCH\tsequence 1\tevent " + eventId(1) + "\tCONTENT_CHANGED")
                .contains("NOT INTACT");
    }

    /** What an administrator with table-owner rights could do: switch the trigger off, change a row, switch it on. */
    private void asAdministratorWithoutTheAppendOnlyTrigger(String update) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only").update();
            assertThat(jdbc.sql(update).param(reportId).update()).isEqualTo(1);
            jdbc.sql("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only").update();
        });
    }

    private ChainVerification onScratchCopy(String tampering) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var statement = connection.createStatement();
            statement.execute("DROP SCHEMA IF EXISTS chain_scratch CASCADE");
            statement.execute("CREATE SCHEMA chain_scratch");
            for (String table : List.of("domain_event_entry", "event_chain")) {
                statement.execute("CREATE TABLE chain_scratch." + table + " (LIKE public." + table + ")");
                statement.execute("INSERT INTO chain_scratch." + table + " SELECT * FROM public." + table
                        + " WHERE aggregate_identifier = '" + reportId + "'");
            }
            statement.execute("SET search_path = chain_scratch");
            statement.execute(tampering);
            try {
                return new ChainVerifier(new SingleConnectionDataSource(connection, true)).verify(reportId);
            } finally {
                statement.execute("RESET search_path");
                statement.execute("DROP SCHEMA chain_scratch CASCADE");
            }
        }
    }

    private String eventId(long sequenceNumber) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?").params(reportId, sequenceNumber).query(String.class).single();
    }

    private static int cli(String[] connection, String report, String password, ByteArrayOutputStream out) {
        String[] args = report == null ? connection : new String[] {connection[0], connection[1], report};
        return ChainVerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()), password);
    }
}
