package cn.govdisclosure.submission.audit.replay;

import java.util.List;

/**
 * What a rebuild of the read models found: how many events it replayed and how fast, and per table how many rows the
 * event store yields and how many live rows differed from them (missing, extra or different). With
 * {@code applied} the live tables now hold the rebuilt rows; without, nothing was changed.
 */
public record RebuildResult(long events, long millis, long eventsPerSecond, boolean applied, boolean consistent,
                            List<TableResult> tables) {

    public record TableResult(String table, long rows, long differingRows) {
    }

    /** {@code consistent}: whether the live read models were exactly what the event store yields. */
    static RebuildResult of(long events, long millis, boolean applied, List<TableResult> tables) {
        return new RebuildResult(events, millis, events * 1000 / Math.max(1, millis), applied,
                tables.stream().allMatch(table -> table.differingRows() == 0), List.copyOf(tables));
    }
}
