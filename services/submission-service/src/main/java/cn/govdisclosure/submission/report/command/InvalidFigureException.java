package cn.govdisclosure.submission.report.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change names cells the report's format does not have, values the cells cannot hold, a section the report does
 * not have or a rule that takes no explanation; nothing was changed.
 */
public class InvalidFigureException extends IllegalArgumentException {

    private final Map<String, String> problems;

    InvalidFigureException(Map<String, String> problems) {
        super(problems.values().iterator().next());
        this.problems = new LinkedHashMap<>(problems);
    }

    /** What is wrong, by request field, e.g. {@code changes.s3.received.total} → 不能为负数. */
    public Map<String, String> problems() {
        return problems;
    }
}
