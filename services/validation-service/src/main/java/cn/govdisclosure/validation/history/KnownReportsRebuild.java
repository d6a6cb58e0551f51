package cn.govdisclosure.validation.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the published rows of {@code known_report} from the publication events log, the way the submission
 * service rebuilds its read models from its event store. Loaded rows come from the HTTP API, not from events: they
 * are neither compared nor touched.
 *
 * <p>How, in one transaction:
 * <ol>
 *   <li>lock {@code known_report} against writers ({@code EXCLUSIVE}: readers go on, the listener waits), so that
 *       every published row already written comes from an event before the end offsets the replay reads up to;</li>
 *   <li>create an empty temporary {@code known_report} and put {@code pg_temp} first on the {@code search_path}:
 *       the listener's own handling ({@link ReportHistory}, unqualified SQL) now writes the copy;</li>
 *   <li>replay, compare the copy with the live published rows (each row as JSON text), and, if asked, replace the
 *       live published rows with the copy's. The copy is dropped at commit.</li>
 * </ol>
 * A version the listener has not handled yet (it lags behind the log) shows as a difference; applying then writes
 * it early, and the listener's handling of it later changes nothing.
 */
@Service
public class KnownReportsRebuild {

    private static final String LIVE_PUBLISHED = "SELECT row_to_json(k)::text FROM %s.known_report k"
            + " WHERE source = 'PUBLISHED'";
    private static final String REBUILT = "SELECT row_to_json(k)::text FROM pg_temp.known_report k";

    private final PublicationLog log;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    KnownReportsRebuild(PublicationLog log, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Replays the log into a fresh copy and compares; with {@code apply}, the live published rows become the copy's. */
    public HistoryRebuildResult rebuild(boolean apply) {
        return transaction.execute(status -> {
            String live = quote(jdbc.sql("SELECT current_schema()").query(String.class).single());
            jdbc.sql("LOCK TABLE " + live + ".known_report IN EXCLUSIVE MODE").update();
            jdbc.sql("CREATE TEMPORARY TABLE known_report (LIKE " + live
                    + ".known_report INCLUDING ALL) ON COMMIT DROP").update();
            jdbc.sql("SELECT set_config('search_path', 'pg_temp, ' || ?, true)").param(live)
                    .query(String.class).single();
            long started = System.nanoTime();
            long events = log.replayPublishedReports();
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            long rows = jdbc.sql("SELECT count(*) FROM pg_temp.known_report").query(Long.class).single();
            String livePublished = LIVE_PUBLISHED.formatted(live);
            long differences = jdbc.sql("SELECT (SELECT count(*) FROM (" + livePublished + " EXCEPT ALL " + REBUILT
                    + ") stale) + (SELECT count(*) FROM (" + REBUILT + " EXCEPT ALL " + livePublished + ") missing)")
                    .query(Long.class).single();
            if (apply) {
                jdbc.sql("DELETE FROM " + live + ".known_report WHERE source = 'PUBLISHED'").update();
                // A loaded row where the log has a published version: the published one replaces it, as live.
                jdbc.sql("INSERT INTO " + live + ".known_report SELECT * FROM pg_temp.known_report"
                        + " ON CONFLICT (credit_code, year) DO UPDATE SET format_id = EXCLUDED.format_id,"
                        + " figures = EXCLUDED.figures, sections = EXCLUDED.sections, version = EXCLUDED.version,"
                        + " source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at").update();
            }
            return new HistoryRebuildResult(events, rows, differences, apply, millis,
                    events * 1000 / millis);
        });
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
