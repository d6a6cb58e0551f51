package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.submission.report.command.ApproveReportCommand;
import cn.govdisclosure.submission.report.command.ReturnReportCommand;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.submission.report.query.ReportViews;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.PlainText;
import java.time.Clock;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agency's approvers sign a submitted report off, level by level, or send it back with a comment. */
@RestController
@RequestMapping("/api/reports/{reportId}")
class ApprovalController {

    private static final int MAX_COMMENT_LENGTH = 1000;

    private final ReportCommands commands;
    private final ReportViews reports;
    private final Clock clock;

    ApprovalController(ReportCommands commands, ReportViews reports, Clock clock) {
        this.commands = commands;
        this.reports = reports;
        this.clock = clock;
    }

    record ApprovalRequest(String comment) {
    }

    @PostMapping("/approve")
    ReportView approve(@PathVariable String reportId, @RequestBody(required = false) ApprovalRequest request) {
        AuthenticatedUser approver = approverOf(reportId);
        String comment = comment(request, false);
        commands.send(reportId, new ApproveReportCommand(reportId, approver.username(), approver.approvalLevel(),
                comment, clock.instant()));
        return existing(reportId);
    }

    @PostMapping("/return")
    ReportView sendBack(@PathVariable String reportId, @RequestBody(required = false) ApprovalRequest request) {
        AuthenticatedUser approver = approverOf(reportId);
        String comment = comment(request, true);
        commands.send(reportId, new ReturnReportCommand(reportId, approver.username(), approver.approvalLevel(),
                comment, clock.instant()));
        return existing(reportId);
    }

    private AuthenticatedUser approverOf(String reportId) {
        return ReportAccess.require(Role.APPROVER, ReportLookup.agencyOf(reports, reportId));
    }

    private static String comment(ApprovalRequest request, boolean required) {
        String comment = request == null || request.comment() == null ? "" : request.comment().strip();
        if (required && comment.isEmpty()) {
            throw new InvalidInputException("comment", "退回时请说明原因");
        }
        if (comment.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("comment", "意见不能超过" + MAX_COMMENT_LENGTH + "字");
        }
        PlainText.require("comment", "意见", comment);
        return comment.isEmpty() ? null : comment;
    }

    private ReportView existing(String reportId) {
        return ReportLookup.existing(reports, reportId);
    }
}
