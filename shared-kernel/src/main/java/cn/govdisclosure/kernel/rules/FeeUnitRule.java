package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * T2-2 (warning): the fee is stated in 万元; a figure of 10 000 万元 (100 million 元) or more is far more likely
 * an amount typed in 元.
 */
record FeeUnitRule() implements Rule {

    static final String FEE_CELL = "s2.fees.amount";
    private static final BigDecimal IMPLAUSIBLE = new BigDecimal("10000");

    @Override
    public String id() {
        return "T2-2";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "行政事业性收费金额以万元为单位，数额异常大时提示是否误以元为单位填写";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return format.cell(FEE_CELL).isPresent() ? List.of(FEE_CELL) : List.of();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        BigDecimal fee = report.format().cell(FEE_CELL).isPresent() ? report.figure(FEE_CELL) : null;
        if (fee == null || fee.compareTo(IMPLAUSIBLE) < 0) {
            return List.of();
        }
        return List.of(new Violation(id(), severity(), List.of(FEE_CELL), "行政事业性收费·本年收费金额为 "
                + fee.toPlainString() + " 万元，是否误以“元”为单位填写？"));
    }
}
