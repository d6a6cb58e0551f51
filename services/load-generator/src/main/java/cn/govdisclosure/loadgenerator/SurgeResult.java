package cn.govdisclosure.loadgenerator;

import java.time.Duration;
import java.util.List;

/** What a surge did: every agency's outcome, in the order of the plans, and how long the surge took. */
public record SurgeResult(List<AgencyOutcome> outcomes, Duration elapsed) {

    public SurgeResult {
        outcomes = List.copyOf(outcomes);
    }

    public long published() {
        return outcomes.stream().filter(AgencyOutcome::published).count();
    }

    public List<AgencyOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.published()).toList();
    }

    public long figureChanges() {
        return outcomes.stream().mapToLong(AgencyOutcome::figureChanges).sum();
    }

    public long commands() {
        return outcomes.stream().mapToLong(AgencyOutcome::commands).sum();
    }
}
