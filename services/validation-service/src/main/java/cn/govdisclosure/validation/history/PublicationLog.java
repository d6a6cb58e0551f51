package cn.govdisclosure.validation.history;

/** The log of the publication service's events, which the published rows of {@code known_report} are made of. */
public interface PublicationLog {

    /**
     * Runs every report-published event in the log, from the first to the last one there when the call starts,
     * through the same handling as live ones (into {@link ReportHistory}); events of other types are skipped.
     *
     * @return how many report-published events were replayed
     */
    long replayPublishedReports();
}
