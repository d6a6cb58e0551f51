package cn.govdisclosure.kernel.rules;

import java.util.List;
import java.util.Objects;

/**
 * One failed check: which rule, how severe, which cells it concerns and what is wrong, in Chinese; for a warning,
 * the agency's explanation once it has given one ({@code null} before).
 */
public record Violation(String ruleId, Severity severity, List<String> cells, String message, String explanation) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        cells = List.copyOf(cells);
        Objects.requireNonNull(message, "message");
    }

    public Violation(String ruleId, Severity severity, List<String> cells, String message) {
        this(ruleId, severity, cells, message, null);
    }

    /** Errors block acceptance, and so do warnings the agency has not explained yet. */
    public boolean blocksAcceptance() {
        return severity == Severity.ERROR || (severity == Severity.WARNING && explanation == null);
    }

    public Violation explainedBy(String text) {
        return new Violation(ruleId, severity, cells, message, text);
    }
}
