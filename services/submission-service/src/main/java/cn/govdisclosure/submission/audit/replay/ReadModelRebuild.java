package cn.govdisclosure.submission.audit.replay;

import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.audit.replay.RebuildResult.TableResult;
import cn.govdisclosure.submission.report.query.ReportViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model of the service ({@code agency}, {@code report_view}) from the event store, by running
 * all stored events, in global order, through the very handlers of the subscribing processors that keep them.
 *
 * <p>How, in one transaction:
 * <ol>
 *   <li>lock the live tables against writers ({@code EXCLUSIVE}: readers go on; a command that appends events
 *       waits, because its projections update these tables in its transaction), so no event is missed;</li>
 *   <li>create empty temporary copies under the same names and put {@code pg_temp} first on the
 *       {@code search_path}: the handlers' unqualified SQL now writes the copies, while the event store is still
 *       read from the live schema. Changing the path, not just adding tables, makes PostgreSQL re-plan statements
 *       the pooled connection had prepared against the live tables;</li>
 *   <li>replay, compare the copies with the live tables row by row, and, if asked, replace the live rows with
 *       the rebuilt ones. The copies are dropped at commit.</li>
 * </ol>
 * Only processing groups listed in {@link #READ_MODELS} are replayed; a subscribing processor not listed there
 * stops the rebuild, rather than replaying into tables that have no copy. The Kafka publisher (a tracking
 * processor) is never replayed: that would publish every event again.
 */
@Component
public class ReadModelRebuild {

    /** A read-model table and its key. */
    record Table(String name, String key) {
    }

    /** The tables each subscribing processing group writes. */
    static final Map<String, List<Table>> READ_MODELS = Map.of(
            AgencyDirectory.PROCESSING_GROUP, List.of(new Table("agency", "credit_code")),
            ReportViews.PROCESSING_GROUP, List.of(new Table("report_view", "report_id")));

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine eventStorage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReadModelRebuild(EventProcessingConfiguration processing, EventStorageEngine eventStorage, JdbcClient jdbc,
                     PlatformTransactionManager transactionManager) {
        this.processing = processing;
        this.eventStorage = eventStorage;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Replays every event into fresh copies and compares; with {@code apply}, the live tables get the copies. */
    public RebuildResult rebuild(boolean apply) {
        List<EventHandlerInvoker> handlers = readModelHandlers();
        List<Table> tables = READ_MODELS.values().stream().flatMap(List::stream).toList();
        return transaction.execute(status -> {
            String live = jdbc.sql("SELECT current_schema()").query(String.class).single();
            tables.forEach(table -> jdbc.sql("LOCK TABLE " + qualified(live, table) + " IN EXCLUSIVE MODE").update());
            tables.forEach(table -> jdbc.sql("CREATE TEMPORARY TABLE " + table.name() + " (LIKE "
                    + qualified(live, table) + " INCLUDING ALL) ON COMMIT DROP").update());
            jdbc.sql("SELECT set_config('search_path', 'pg_temp, ' || quote_ident(?), true)").param(live)
                    .query(String.class).single();
            long started = System.nanoTime();
            long events = replay(handlers);
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            List<TableResult> results = new ArrayList<>();
            for (Table table : tables) {
                results.add(compare(live, table));
                if (apply) {
                    replaceLiveRows(live, table);
                }
            }
            return RebuildResult.of(events, millis, apply, results);
        });
    }

    private long replay(List<EventHandlerInvoker> handlers) {
        AtomicLong count = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorage.readEvents(null, false)) {
            events.forEach(event -> {
                handlers.forEach(handler -> handle(handler, event));
                count.incrementAndGet();
            });
        }
        return count.get();
    }

    private static void handle(EventHandlerInvoker handler, EventMessage<?> event) {
        try {
            if (handler.canHandle(event, Segment.ROOT_SEGMENT)) {
                handler.handle(event, Segment.ROOT_SEGMENT);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Replaying event " + event.getIdentifier() + " failed", e);
        }
    }

    /** Rows of the live table missing from the rebuilt one, plus rebuilt rows missing from the live one. */
    private TableResult compare(String live, Table table) {
        String liveTable = qualified(live, table);
        String copy = "pg_temp." + table.name();
        long rows = jdbc.sql("SELECT count(*) FROM " + copy).query(Long.class).single();
        long differing = jdbc.sql("SELECT (SELECT count(*) FROM (SELECT * FROM " + liveTable + " EXCEPT SELECT * FROM "
                + copy + ") stale) + (SELECT count(*) FROM (SELECT * FROM " + copy + " EXCEPT SELECT * FROM "
                + liveTable + ") missing)").query(Long.class).single();
        return new TableResult(table.name(), rows, differing);
    }

    /**
     * Deletes live rows no event supports and upserts the rebuilt ones. Rows still referenced from elsewhere (an
     * agency with user accounts) cannot be deleted; the rebuild then fails and changes nothing.
     */
    private void replaceLiveRows(String live, Table table) {
        String liveTable = qualified(live, table);
        String copy = "pg_temp." + table.name();
        List<String> columns = jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position""")
                .params(live, table.name()).query(String.class).list();
        String assignments = columns.stream().filter(column -> !column.equals(table.key()))
                .map(column -> quote(column) + " = EXCLUDED." + quote(column)).collect(Collectors.joining(", "));
        jdbc.sql("DELETE FROM " + liveTable + " l WHERE NOT EXISTS (SELECT 1 FROM " + copy + " r WHERE r."
                + quote(table.key()) + " = l." + quote(table.key()) + ")").update();
        jdbc.sql("INSERT INTO " + liveTable + " SELECT * FROM " + copy + " ON CONFLICT (" + quote(table.key())
                + ") DO UPDATE SET " + assignments).update();
    }

    /** The handlers of every read model; refuses to run if a subscribing processor has no known tables. */
    private List<EventHandlerInvoker> readModelHandlers() {
        Set<String> unknown = processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof SubscribingEventProcessor)
                .map(Map.Entry::getKey)
                .filter(name -> !READ_MODELS.containsKey(name))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Read models without declared tables, cannot rebuild: " + unknown);
        }
        return READ_MODELS.keySet().stream().sorted()
                .map(group -> processing.eventProcessor(group, SubscribingEventProcessor.class).orElseThrow(() ->
                        new IllegalStateException("No subscribing processor " + group)).eventHandlerInvoker())
                .toList();
    }

    private static String qualified(String schema, Table table) {
        return quote(schema) + "." + quote(table.name());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
