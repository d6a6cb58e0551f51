package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.RowDefinition;
import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * T2-3 and T2-4, per row of 规章 and 行政规范性文件: documents in force now are those in force last year plus those
 * issued minus those repealed (T2-3), and no more can be repealed than existed (T2-4). Documents also lapse when
 * their term ends, so both only warn. Where more were repealed than existed, T2-4 says so and T2-3 keeps quiet:
 * its expected figure would be negative and tell the agency nothing more.
 */
record DocumentsInForceRule(String id, boolean boundOnly) implements Rule {

    private static final List<String> ROWS = List.of("regulations", "normativeDocuments");

    static DocumentsInForceRule inForce() {
        return new DocumentsInForceRule("T2-3", false);
    }

    static DocumentsInForceRule repealedAtMostExisting() {
        return new DocumentsInForceRule("T2-4", true);
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return boundOnly ? "本年废止件数不应超过上一年度现行有效件数与本年制发件数之和"
                : "现行有效件数应等于上一年度现行有效件数加本年制发件数减本年废止件数";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return ROWS.stream().flatMap(row -> Stream.of(cell(row, "issued"), cell(row, "repealed"), cell(row, "inForce")))
                .filter(cell -> format.cell(cell).isPresent()).toList();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        if (reads(report.format()).isEmpty()) {
            return List.of();
        }
        List<String> needed = ROWS.stream().map(row -> cell(row, "inForce")).toList();
        Optional<PreviousYear> previous = PreviousYears.comparable(report, needed);
        if (previous.isEmpty()) {
            return List.of(PreviousYears.notComparable(this, report, reads(report.format()), "规章和行政规范性文件的件数"));
        }
        List<Violation> violations = new ArrayList<>();
        for (RowDefinition row : report.format().table("二").blocks().get(0).rows()) {
            BigDecimal before = previous.get().content().figure(cell(row.id(), "inForce"));
            BigDecimal issued = report.figure(cell(row.id(), "issued"));
            BigDecimal repealed = report.figure(cell(row.id(), "repealed"));
            BigDecimal inForce = report.figure(cell(row.id(), "inForce"));
            if (Stream.of(before, issued, repealed, inForce).anyMatch(Objects::isNull)) {
                continue;
            }
            String year = previous.get().year() + "年度";
            boolean moreRepealedThanExisted = repealed.compareTo(before.add(issued)) > 0;
            if (boundOnly && moreRepealedThanExisted) {
                violations.add(new Violation(id, severity(), List.of(cell(row.id(), "repealed")), row.label()
                        + "·本年废止件数不应超过" + year + "现行有效件数与本年制发件数之和：至多 "
                        + before.add(issued).toPlainString() + "，实为 " + repealed.toPlainString()));
            } else if (!boundOnly && !moreRepealedThanExisted
                    && inForce.compareTo(before.add(issued).subtract(repealed)) != 0) {
                violations.add(new Violation(id, severity(), List.of(cell(row.id(), "inForce")), row.label()
                        + "·现行有效件数应等于" + year + "现行有效件数加本年制发件数减本年废止件数：应为 "
                        + before.add(issued).subtract(repealed).toPlainString() + "，实为 " + inForce.toPlainString()
                        + "（如有文件因有效期届满失效，请说明）"));
            }
        }
        return violations;
    }

    private static String cell(String row, String column) {
        return "s2." + row + "." + column;
    }
}
