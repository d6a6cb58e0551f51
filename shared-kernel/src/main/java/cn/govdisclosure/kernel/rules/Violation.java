package cn.govdisclosure.kernel.rules;

import java.util.List;
import java.util.Objects;

/** One failed check: which rule, how severe, which cells it concerns and what is wrong, in Chinese. */
public record Violation(String ruleId, Severity severity, List<String> cells, String message) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        cells = List.copyOf(cells);
        Objects.requireNonNull(message, "message");
    }

    public boolean blocksAcceptance() {
        return severity == Severity.ERROR;
    }
}
