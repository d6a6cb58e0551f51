package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.util.List;

/** Every cell of one table must be filled in: a blank is not silently 0. One violation names all blank cells. */
record CompletenessRule(String id, Severity severity, String description, String tableKey) implements Rule {

    private static final int LABELS_SHOWN = 5;

    @Override
    public List<String> reads(ReportFormat format) {
        return cellsOfTable(format).stream().map(CellDefinition::id).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        List<CellDefinition> blank = cellsOfTable(report.format()).stream()
                .filter(cell -> report.figure(cell.id()) == null)
                .toList();
        if (blank.isEmpty()) {
            return List.of();
        }
        String labels = String.join("、", blank.stream().limit(LABELS_SHOWN).map(CompletenessRule::label).toList());
        String more = blank.size() > LABELS_SHOWN ? " 等" + blank.size() + "项" : "";
        return List.of(new Violation(id, severity, blank.stream().map(CellDefinition::id).toList(),
                report.format().table(tableKey).heading() + "未填写：" + labels + more));
    }

    private List<CellDefinition> cellsOfTable(ReportFormat format) {
        return format.cells().values().stream().filter(cell -> cell.table().key().equals(tableKey)).toList();
    }

    private static String label(CellDefinition cell) {
        return cell.block().label().isEmpty() ? cell.label() : cell.block().label() + "·" + cell.label();
    }
}
