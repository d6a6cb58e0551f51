package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Each filled cell of one table holds a value of its kind (an integer ≥ 0, an amount in 万元 ≥ 0). */
record ValueKindRule(String id, String tableKey) implements Rule {

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Violation> check(ReportFormat format, ReportContent content) {
        return content.figures().entrySet().stream()
                .filter(entry -> format.cell(entry.getKey()).filter(cell -> cell.table().key().equals(tableKey)).isPresent())
                .flatMap(entry -> violation(format.cells().get(entry.getKey()), entry).stream())
                .toList();
    }

    private List<Violation> violation(CellDefinition cell, Map.Entry<String, BigDecimal> entry) {
        String problem = cell.kind().problemWith(entry.getValue());
        return problem == null ? List.of()
                : List.of(new Violation(id, Severity.ERROR, List.of(cell.id()), cell.label() + problem
                        + "：实为 " + entry.getValue().toPlainString()));
    }
}
