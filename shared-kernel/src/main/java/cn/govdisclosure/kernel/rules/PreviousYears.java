package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.rules.ReportUnderReview.PreviousYear;
import java.util.List;
import java.util.Optional;

/**
 * What a cross-year rule says when it cannot compare: the previous year's report is unknown, or was made in a
 * format without the cells it needs. It says so as information rather than passing silently.
 */
final class PreviousYears {

    private PreviousYears() {
    }

    /** The previous year's report when it is known and has every cell of {@code needed}; otherwise empty. */
    static Optional<PreviousYear> comparable(ReportUnderReview report, List<String> needed) {
        return report.previous().filter(previous -> needed.stream().allMatch(cell -> previous.format().cell(cell)
                .isPresent()));
    }

    static Violation notComparable(Rule rule, ReportUnderReview report, List<String> cells, String subject) {
        int previousYear = report.year() - 1;
        String why = report.previous().isEmpty() ? previousYear + "年度报告未知"
                : previousYear + "年度报告采用" + report.previous().get().format().id() + "年版格式，栏目不同";
        return new Violation(rule.id(), Severity.INFO, cells, why + "，未核对" + subject);
    }
}
