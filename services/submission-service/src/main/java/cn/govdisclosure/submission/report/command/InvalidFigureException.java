package cn.govdisclosure.submission.report.command;

import java.util.LinkedHashMap;
import java.util.Map;

/** A change names cells the report's format does not have, or values the cells cannot hold; nothing was changed. */
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
