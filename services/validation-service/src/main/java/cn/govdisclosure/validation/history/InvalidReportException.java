package cn.govdisclosure.validation.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A report to load is malformed; nothing was stored. {@code problems}: what is wrong, by request field. */
public class InvalidReportException extends RuntimeException {

    private final Map<String, String> problems;

    InvalidReportException(Map<String, String> problems) {
        super(problems.values().iterator().next());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** E.g. {@code figures.s3.received.total} → 三、…·自然人不能为负数, in the order found. */
    public Map<String, String> problems() {
        return problems;
    }
}
