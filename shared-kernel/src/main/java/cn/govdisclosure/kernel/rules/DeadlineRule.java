package cn.govdisclosure.kernel.rules;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.format.ReportFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * the report is due by 31 January of the following year (条例 第五十条). County-level and higher people's
 * governments' own reports are due by 31 March; this system files agencies' reports, so it warns after 31 January.
 */
record DeadlineRule() implements Rule {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
        LocalDate submitted = report.submittedAt().atZone(CHINA).toLocalDate();
        LocalDate due = AgencyKind.DEPARTMENT.deadline(report.year());
        return submitted.isAfter(due) ? List.of(new Violation(id(), severity(), List.of(), "报告应于" + due.getYear()
                + "年1月31日前公布，本次提交日期为" + submitted.getYear() + "年" + submitted.getMonthValue() + "月"
                + submitted.getDayOfMonth() + "日，请说明逾期原因")) : List.of();
    }
}
