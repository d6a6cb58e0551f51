package cn.govdisclosure.validation.web;

import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code figures} of a request: each value must be a JSON number, or null for a blank cell. The values
 * are read here, one by one, rather than bound as numbers, so that a value that is not one is answered naming its
 * cell instead of the whole body.
 */
final class FigureValues {

    /** A report has 200 cells; anything far beyond that is not a report. */
    static final int MAX_FIGURES = 1_000;

    private FigureValues() {
    }

    /** The figures by cell id, a blank cell as {@code null}. */
    static Map<String, BigDecimal> from(Map<String, JsonNode> figures) {
        if (figures == null) {
            return Map.of();
        }
        if (figures.size() > MAX_FIGURES) {
            throw new InvalidInputException("figures", "一份报告最多" + MAX_FIGURES + "个栏目");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        figures.forEach((cellId, node) -> {
            if (node == null || node.isNull()) {
                values.put(cellId, null);
            } else if (node.isNumber()) {
                values.put(cellId, node.decimalValue());
            } else {
                errors.add(new FieldError("figures." + cellId, "栏目“" + cellId + "”的值应为数字"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }

    /** The filled figures only: a blank cell is absent from a report's content, which is not the same as 0. */
    static Map<String, BigDecimal> filled(Map<String, JsonNode> figures) {
        Map<String, BigDecimal> filled = new LinkedHashMap<>();
        from(figures).forEach((cellId, value) -> {
            if (value != null) {
                filled.put(cellId, value);
            }
        });
        return filled;
    }
}
