package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * the report is due by 31 January of the following year (条例 第五十条); county-level and higher people's
 * governments' own reports by 31 March. The deadline is the one of the agency's kind, a department's where the kind
 * is not known; the day of submission in China counts.
 */
record DeadlineRule() implements Rule {


    @Override
    public String id() {
        return "X-3";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "报告应于次年1月31日前公布（县级以上人民政府的年度报告为3月31日前）";
    }

    @Override
    public List<String> reads(ReportFormat format) {
        return List.of();
    }

    @Override
    public List<Violation> check(ReportUnderReview report) {
        if (report.submittedAt() == null) {
            return List.of();
        }
        LocalDate submitted = ChineseDates.day(report.submittedAt());
        LocalDate due = report.agencyKind().deadline(report.year());
        if (!submitted.isAfter(due)) {
            return List.of();
        }
        return List.of(new Violation(id(), severity(), List.of(), "报告应于" + ChineseDates.full(due) + "前公布（"
                + report.agencyKind().label() + "），本次提交日期为" + ChineseDates.full(submitted) + "，请说明逾期原因"));
    }
}
