package cn.govdisclosure.submission.report.command;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a requested figure edit into the cell changes it makes: each cell must exist in the report's format and
 * its value fit the cell; every offending cell is reported at once, and nothing changes then. Values that equal
 * the current ones are no change.
 */
final class FigureEdits {

    private FigureEdits() {
    }

    static List<FigureChange> changes(ReportFormat format, Map<String, BigDecimal> current,
                                      Map<String, BigDecimal> requested) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<FigureChange> changes = new ArrayList<>();
        requested.forEach((cellId, value) -> {
            String problem = problemWith(format, cellId, value);
            if (problem != null) {
                problems.put("changes." + cellId, problem);
                return;
            }
            BigDecimal newValue = value == null ? null : format.cells().get(cellId).kind().normalize(value);
            BigDecimal oldValue = current.get(cellId);
            if (!sameValue(oldValue, newValue)) {
                changes.add(new FigureChange(cellId, oldValue, newValue));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFigureException(problems);
        }
        return changes;
    }

    private static String problemWith(ReportFormat format, String cellId, BigDecimal value) {
        CellDefinition cell = format.cells().get(cellId);
        if (cell == null) {
            return "栏目“" + cellId + "”不属于" + format.id() + "年版报告格式";
        }
        String problem = value == null ? null : cell.kind().problemWith(value);
        return problem == null ? null : cell.label() + problem;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
