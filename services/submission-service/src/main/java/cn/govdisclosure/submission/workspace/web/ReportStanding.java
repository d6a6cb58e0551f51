package cn.govdisclosure.submission.workspace.web;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where a report stands, in the words of the agency's people, and what the signed-in user can do about it next.
 *
 * @param label    the state: 草稿, 待第2级审核（共2级）, 已退回, …
 * @param css      a class name for the state's colour
 * @param reasons  why validation rejected it (errors, and warnings still unexplained)
 * @param comment  the last approver's comment, shown while the clerk holds the report
 * @param nextStep what this user does next, or null when nothing is theirs to do
 * @param deadline the due date and the days left (or overdue), while the report is not yet submitted
 */
record ReportStanding(String label, String css, List<String> reasons, String comment, String nextStep,
                      String deadline) {

    static ReportStanding of(ReportView report, AgencyKind kind, AuthenticatedUser user, LocalDate today) {
        boolean clerk = user.has(Role.CLERK) && user.belongsTo(report.creditCode());
        boolean approverNow = user.has(Role.APPROVER) && user.belongsTo(report.creditCode())
                && report.status().equals("AWAITING_APPROVAL") && user.approvalLevel() != null
                && user.approvalLevel() == report.approvedLevels() + 1;
        String comment = report.lastComment() != null && !report.lastComment().isBlank()
                && List.of("DRAFT", "REJECTED", "AWAITING_APPROVAL", "UNDER_CORRECTION").contains(report.status())
                ? report.lastComment() : null;
        return switch (report.status()) {
            case "DRAFT" -> new ReportStanding(comment != null ? "草稿（审核退回）" : "草稿", "draft", List.of(), comment,
                    clerk ? "继续填报，完成后提交审核" : null, deadline(kind, report.year(), today, true));
            case "AWAITING_APPROVAL" -> new ReportStanding("待第" + (report.approvedLevels() + 1) + "级审核（共"
                    + report.approvalLevels() + "级）", "awaiting", List.of(), comment,
                    approverNow ? "审核并签字，或退回修改" : null, deadline(kind, report.year(), today, false));
            case "SUBMITTED" -> new ReportStanding("已提交，正在校验", "submitted", List.of(), null, null, null);
            case "REJECTED" -> new ReportStanding("校验未通过，已退回", "rejected", reasons(report.violations()), comment,
                    clerk ? "按退回原因修改或说明，再次提交" : null, deadline(kind, report.year(), today, true));
            case "ACCEPTED" -> new ReportStanding("校验通过，待发布", "accepted", List.of(), null, null, null);
            case "PUBLISHED" -> new ReportStanding("已发布（第" + report.publishedVersion() + "版）", "published",
                    List.of(), null, clerk ? "如有错误，打开报告申请更正" : null, null);
            case "UNDER_CORRECTION" -> new ReportStanding("更正中", "correction", List.of(), comment,
                    clerk ? "修改后提交审核，审核通过后发布为新版本" : null, null);
            default -> new ReportStanding(report.status(), "other", List.of(), null, null, null);
        };
    }

    /**
     * The due date of the agency's kind (条例 第五十条, as rule X-3 checks it) and the days left; when overdue, and the
     * agency still holds the report, what that asks of it.
     */
    static String deadline(AgencyKind kind, int year, LocalDate today, boolean agencyHoldsIt) {
        LocalDate due = kind.deadline(year);
        long days = ChronoUnit.DAYS.between(today, due);
        String date = ChineseDates.full(due);
        if (days > 0) {
            return "应于" + date + "前公布，还剩" + days + "天";
        }
        if (days == 0) {
            return "应于今天（" + date + "）公布";
        }
        return "应于" + date + "前公布，已逾期" + (-days) + "天" + (agencyHoldsIt ? "，提交时须说明逾期原因" : "");
    }

    private static List<String> reasons(List<Violation> violations) {
        return violations.stream().filter(Violation::blocksAcceptance)
                .map(violation -> violation.severity().label() + " " + violation.ruleId() + "：" + violation.message())
                .toList();
    }

    /** True when the text says the report is late: rule X-3 will warn on submission and wants an explanation. */
    static boolean overdue(AgencyKind kind, int year, LocalDate today) {
        return today.isAfter(kind.deadline(year));
    }
}
