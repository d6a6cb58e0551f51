package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ColumnDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** T3-6: what was carried over into year N is what year N−1 carried forward, column by column. */
record CarriedOverRule() implements Rule {

    @Override
    public String id() {
        return "T3-6";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "每一列：二、上年结转政府信息公开申请数量应等于本机关上一年度报告的四、结转下年度继续办理";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return columns(format).stream().map(column -> cell("carriedOver", column)).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        List<String> needed = columns(report.format()).stream().map(column -> cell("carriedForward", column)).toList();
        Optional<PreviousYear> previous = PreviousYears.comparable(report, needed);
        if (previous.isEmpty()) {
            return List.of(PreviousYears.notComparable(this, report, reads(report.format()), "上年结转申请数量"));
        }
        List<Violation> violations = new ArrayList<>();
        for (ColumnDefinition column : columns(report.format())) {
            BigDecimal carriedOver = report.figure(cell("carriedOver", column));
            BigDecimal carriedForward = previous.get().content().figure(cell("carriedForward", column));
            if (carriedOver != null && carriedForward != null && carriedOver.compareTo(carriedForward) != 0) {
                violations.add(new Violation(id(), severity(), List.of(cell("carriedOver", column)),
                        "二、上年结转政府信息公开申请数量·" + column.label() + "应等于" + previous.get().year()
                                + "年度报告四、结转下年度继续办理·" + column.label() + "：应为 "
                                + carriedForward.toPlainString() + "，实为 " + carriedOver.toPlainString()));
            }
        }
        return violations;
    }

    private static List<ColumnDefinition> columns(ReportFormat format) {
        return format.table("三").blocks().get(0).columns();
    }

    private static String cell(String row, ColumnDefinition column) {
        return "s3." + row + "." + column.id();
    }
}
