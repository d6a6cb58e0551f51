package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.util.List;

/** T2-6: a report carries only the cells of the format of its year (no trial-format cells from 2021 on, and the reverse). */
record ForeignCellsRule() implements Rule {

    @Override
    public String id() {
        return "T2-6";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Violation> check(ReportFormat format, ReportContent content) {
        List<String> foreign = content.figures().keySet().stream()
                .filter(cellId -> format.cell(cellId).isEmpty())
                .toList();
        return foreign.isEmpty() ? List.of()
                : List.of(new Violation(id(), severity(), foreign, "报告含有不属于" + format.id() + "年版格式的栏目："
                        + String.join("、", foreign)));
    }
}
