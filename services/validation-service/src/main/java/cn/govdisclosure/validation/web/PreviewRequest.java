package cn.govdisclosure.validation.web;

import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A report as a form holds it while it is being filled in: figures by cell id, narrative parts by section key.
 * Cell ids the format does not know are kept, so that rule T2-6 names them instead of the request being refused.
 */
record PreviewRequest(String formatId, Map<String, BigDecimal> figures, Map<String, String> sections) {

    /** The content to check; a cell sent as {@code null} is blank, as if it had not been sent. */
    ReportContent content() {
        return new ReportContent(withoutBlanks(figures), withoutBlanks(sections));
    }

    private static <V> Map<String, V> withoutBlanks(Map<String, V> values) {
        Map<String, V> filled = new HashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null) {
                    filled.put(key, value);
                }
            });
        }
        return filled;
    }

    boolean namesAFormat() {
        return formatId != null && !formatId.isBlank();
    }
}
