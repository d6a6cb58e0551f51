package cn.govdisclosure.historyloader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** What a load did with each document: loaded as is, loaded with notes to read, or failed and why. */
record LoadSummary(List<Outcome> outcomes) {

    enum Result { LOADED, LOADED_WITH_NOTES, FAILED }

    record Outcome(Path file, Result result, String detail) {
    }

    List<Outcome> failed() {
        return outcomes.stream().filter(outcome -> outcome.result() == Result.FAILED).toList();
    }

    long count(Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }

    void print(PrintStream out) {
        out.printf("%d documents: %d loaded, %d loaded with notes, %d failed%n", outcomes.size(),
                count(Result.LOADED), count(Result.LOADED_WITH_NOTES), count(Result.FAILED));
        outcomes.stream().filter(outcome -> outcome.result() != Result.LOADED)
                .sorted(Comparator.comparing(Outcome::result).reversed().thenComparing(Outcome::file))
                .forEach(outcome -> out.printf("  %-17s %s: %s%n", outcome.result(), outcome.file(),
                        outcome.detail()));
    }
}
