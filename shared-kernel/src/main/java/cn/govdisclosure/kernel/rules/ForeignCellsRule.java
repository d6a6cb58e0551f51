package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
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
    public String description() {
        return "2021年及以后的报告不含试行格式的栏目，2019、2020年度报告不含2021年版格式的栏目";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return List.of();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        List<String> foreign = report.content().figures().keySet().stream()
                .filter(cellId -> report.format().cell(cellId).isEmpty())
                .toList();
        return foreign.isEmpty() ? List.of()
                : List.of(new Violation(id(), severity(), foreign, "报告含有不属于" + report.format().id()
                        + "年版格式的栏目：" + String.join("、", foreign)));
    }
}
