package cn.govdisclosure.validation.history;

/**
 * What a rebuild of the published known reports found: {@code events} replayed, {@code rows} they yield,
 * {@code differences} (live published rows missing, extra or different from the rebuilt ones), and whether the live
 * rows were replaced ({@code applied}). {@code millis} and {@code eventsPerSecond} time the replay alone.
 */
public record HistoryRebuildResult(long events, long rows, long differences, boolean applied, long millis,
                                   long eventsPerSecond) {
}
