package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code changes} of a figure edit: each value must be a JSON number, or null to blank the cell. Whether
 * the cell exists and the value fits it is the report's own decision.
 */
final class FigureValues {

    static final int MAX_CHANGES = 1_000;

    private FigureValues() {
    }

    static Map<String, BigDecimal> from(Map<String, JsonNode> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException("changes", "请至少填写一个栏目");
        }
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidInputException("changes", "一次最多修改" + MAX_CHANGES + "个栏目");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((cellId, node) -> {
            if (node == null || node.isNull()) {
                values.put(cellId, null);
            } else if (node.isNumber()) {
                values.put(cellId, node.decimalValue());
            } else {
                errors.add(new FieldError("changes." + cellId, "栏目“" + cellId + "”的值应为数字"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }
}
