package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.report.ReportContent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule made of equations between sums of cells, one per column or row it covers; each failing equation is its
 * own violation. An equation with a blank cell is not judged here: blanks are the completeness rules' concern.
 */
record BalanceRule(String id, Severity severity, String description,
                   Function<ReportFormat, List<Balance>> balances) implements Rule {

    @Override
    public List<String> reads(ReportFormat format) {
        return balances.apply(format).stream().flatMap(balance -> balance.cells().stream()).distinct().toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        ReportContent content = report.content();
        List<Violation> violations = new ArrayList<>();
        for (Balance balance : balances.apply(report.format())) {
            if (balance.cells().stream().map(content::figure).anyMatch(Objects::isNull)) {
                continue;
            }
            BigDecimal expected = sum(balance.right(), content);
            BigDecimal actual = sum(balance.left(), content);
            if (expected.compareTo(actual) != 0) {
                violations.add(new Violation(id, severity, balance.cells(), balance.statement()
                        + "：应为 " + expected.toPlainString() + "，实为 " + actual.toPlainString()));
            }
        }
        return violations;
    }

    private static BigDecimal sum(List<String> cells, ReportContent content) {
        return cells.stream().map(content::figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
