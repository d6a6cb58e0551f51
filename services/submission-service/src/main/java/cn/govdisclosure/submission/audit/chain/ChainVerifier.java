package cn.govdisclosure.submission.audit.chain;

import cn.govdisclosure.submission.audit.chain.ChainVerification.Kind;
import cn.govdisclosure.submission.audit.chain.EventChainHash.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Checks an aggregate's stored events against their links in {@code event_chain}: recomputes every hash from the raw
 * rows of {@code domain_event_entry} with plain JDBC (not through Axon, whose deserialisation would hide changes
 * that still parse) and reports the first event that does not match.
 *
 * <p>Both tables are read in one read-only, repeatable-read transaction, so an event appended meanwhile is neither
 * half seen nor taken for a missing link. Used by the service and by {@link ChainVerifierCli}; it needs nothing but
 * a {@link DataSource}.
 */
@Component
public class ChainVerifier {

    private static final HexFormat HEX = HexFormat.of();

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the aggregate (a report id, or an agency's credit code) has stored events or links. */
    public boolean knows(String aggregateId) {
        return inSnapshot(connection -> count(connection, aggregateId) > 0 || !links(connection, aggregateId).isEmpty());
    }

    public ChainVerification verify(String aggregateId) {
        return inSnapshot(connection -> verify(connection, aggregateId));
    }

    /** Every aggregate with events or links, in order of id. */
    public List<String> aggregates() {
        return inSnapshot(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT aggregate_identifier FROM domain_event_entry
                    UNION SELECT aggregate_identifier FROM event_chain ORDER BY 1""");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
    }

    private static ChainVerification verify(Connection connection, String aggregateId) throws SQLException {
        TreeMap<Long, Link> links = links(connection, aggregateId);
        String head = links.isEmpty() ? null : HEX.formatHex(links.lastEntry().getValue().hash);
        long events = count(connection, aggregateId);
        byte[] expectedPrevious = EventChainHash.GENESIS;
        long expectedSequence = 0;
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT event_identifier, aggregate_identifier, sequence_number, type, payload_type, payload_revision,
                       time_stamp, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""")) {
            statement.setFetchSize(100);
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = storedEvent(rows);
                    if (event.sequenceNumber() != expectedSequence) {
                        Link deleted = links.get(expectedSequence);
                        return ChainVerification.broken(aggregateId, events, head, expectedSequence,
                                deleted == null ? null : deleted.eventId, Kind.EVENT_MISSING);
                    }
                    Link link = links.get(event.sequenceNumber());
                    Kind problem = problemWith(event, link, expectedPrevious);
                    if (problem != null) {
                        return ChainVerification.broken(aggregateId, events, head, event.sequenceNumber(),
                                event.eventIdentifier(), problem);
                    }
                    expectedPrevious = link.hash;
                    expectedSequence++;
                }
            }
        }
        Link dangling = links.get(expectedSequence);
        if (dangling != null) {
            return ChainVerification.broken(aggregateId, events, head, expectedSequence, dangling.eventId,
                    Kind.EVENT_MISSING);
        }
        return ChainVerification.intact(aggregateId, events, head);
    }

    private static Kind problemWith(StoredEvent event, Link link, byte[] expectedPrevious) {
        if (link == null) {
            return Kind.MISSING_LINK;
        }
        if (!Arrays.equals(link.previousHash, expectedPrevious)) {
            return Kind.LINK_BROKEN;
        }
        if (!Arrays.equals(link.hash, EventChainHash.of(expectedPrevious, event))) {
            return Kind.CONTENT_CHANGED;
        }
        return null;
    }

    private static TreeMap<Long, Link> links(Connection connection, String aggregateId) throws SQLException {
        TreeMap<Long, Link> links = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT sequence_number, event_identifier, previous_hash, hash FROM event_chain
                WHERE aggregate_identifier = ?""")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    links.put(rows.getLong(1), new Link(rows.getString(2), rows.getBytes(3), rows.getBytes(4)));
                }
            }
        }
        return links;
    }

    private static long count(Connection connection, String aggregateId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static StoredEvent storedEvent(ResultSet rows) throws SQLException {
        return new StoredEvent(rows.getString("event_identifier"), rows.getString("aggregate_identifier"),
                rows.getLong("sequence_number"), rows.getString("type"), rows.getString("payload_type"),
                rows.getString("payload_revision"), rows.getString("time_stamp"), rows.getBytes("payload"),
                rows.getBytes("meta_data"));
    }

    private <T> T inSnapshot(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store to verify its chain", e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Link(String eventId, byte[] previousHash, byte[] hash) {
    }
}
