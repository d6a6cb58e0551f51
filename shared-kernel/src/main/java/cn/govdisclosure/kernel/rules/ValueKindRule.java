package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.util.List;

/** Each filled cell of one table holds a value of its kind (an integer ≥ 0, an amount in 万元 ≥ 0). */
record ValueKindRule(String id, String description, String tableKey) implements Rule {

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return cellsOfTable(format).stream().map(CellDefinition::id).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        return cellsOfTable(report.format()).stream()
                .filter(cell -> report.figure(cell.id()) != null)
                .flatMap(cell -> violation(cell, report).stream())
                .toList();
    }

    private List<CellDefinition> cellsOfTable(ReportFormat format) {
        return format.cells().values().stream().filter(cell -> cell.table().key().equals(tableKey)).toList();
    }

    private List<Violation> violation(CellDefinition cell, ReportUnderReview report) {
        String problem = cell.kind().problemWith(report.figure(cell.id()));
        return problem == null ? List.of()
                : List.of(new Violation(id, Severity.ERROR, List.of(cell.id()), cell.label() + problem
                        + "：实为 " + report.figure(cell.id()).toPlainString()));
    }
}
