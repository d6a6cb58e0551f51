package cn.govdisclosure.submission.workspace.web;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.agency.query.AgencyView;
import cn.govdisclosure.submission.audit.query.AsOf;
import cn.govdisclosure.submission.audit.query.AuditEntry;
import cn.govdisclosure.submission.audit.query.HistoryFilter;
import cn.govdisclosure.submission.audit.query.ReportAudit;
import cn.govdisclosure.submission.audit.query.ReportDiff;
import cn.govdisclosure.submission.audit.query.ReportEvents;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.submission.report.query.ReportViews;
import cn.govdisclosure.submission.report.web.ReportLookup;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The workspace pages: the dashboard of the user's agency, and a report's form. The pages change nothing
 * themselves; their scripts call the API with the session cookie, so every change is the same command, checked the
 * same way, as from any other client.
 */
@Controller
class WorkspaceController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChineseDates.CHINA);

    private final ReportViews reports;
    private final AgencyDirectory agencies;
    private final ReportAudit audit;
    private final WorkspaceProperties workspace;
    private final Clock clock;

    WorkspaceController(ReportViews reports, AgencyDirectory agencies, ReportAudit audit,
                        WorkspaceProperties workspace, Clock clock) {
        this.reports = reports;
        this.agencies = agencies;
        this.audit = audit;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** One report on the dashboard. */
    record DashboardLine(ReportView report, ReportStanding standing) {
    }

    @GetMapping({"/workspace", "/workspace/"})
    String dashboard(Model model) {
        AuthenticatedUser user = CurrentUser.get();
        LocalDate today = today();
        Optional<AgencyView> agency = Optional.ofNullable(user.creditCode()).flatMap(agencies::find);
        List<DashboardLine> lines = agency.map(found -> reports.findByAgency(found.creditCode())).orElse(List.of())
                .stream().sorted(Comparator.comparingInt(ReportView::year).reversed())
                .map(report -> new DashboardLine(report, ReportStanding.of(report, kindOf(agency), user, today)))
                .toList();
        Set<Integer> filed = lines.stream().map(line -> line.report().year()).collect(Collectors.toSet());
        int dueYear = today.getYear() - 1;
        model.addAttribute("user", user);
        model.addAttribute("roles", roleNames(user));
        model.addAttribute("agency", agency.orElse(null));
        model.addAttribute("lines", lines);
        model.addAttribute("dueYear", dueYear);
        model.addAttribute("dueYearFiled", filed.contains(dueYear));
        model.addAttribute("dueDeadline", ReportStanding.deadline(kindOf(agency), dueYear, today,
                !filed.contains(dueYear)));
        model.addAttribute("creatableYears", user.has(Role.CLERK) && agency.isPresent()
                ? IntStream.iterate(dueYear, year -> year >= ReportFormats.FIRST_YEAR, year -> year - 1)
                        .filter(year -> !filed.contains(year)).boxed().toList()
                : List.of());
        model.addAttribute("publicationUrl", workspace.publicationUrl());
        return "dashboard";
    }

    @GetMapping("/workspace/reports/{reportId}")
    String report(@PathVariable String reportId, Model model) {
        ReportView report = ReportLookup.existing(reports, reportId);
        AuthenticatedUser user = ReportAccess.requireReader(report.creditCode(), report.regionCode());
        ReportFormat format = ReportFormats.byId(report.formatId()).orElseThrow();
        LocalDate today = today();
        AgencyKind kind = kindOf(agencies.find(report.creditCode()));
        ReportStanding standing = ReportStanding.of(report, kind, user, today);
        boolean clerk = user.has(Role.CLERK) && user.belongsTo(report.creditCode());
        boolean editable = clerk && List.of("DRAFT", "REJECTED", "UNDER_CORRECTION").contains(report.status());
        boolean decides = user.has(Role.APPROVER) && user.belongsTo(report.creditCode())
                && report.status().equals("AWAITING_APPROVAL") && user.approvalLevel() != null
                && user.approvalLevel() == report.approvedLevels() + 1;
        model.addAttribute("user", user);
        model.addAttribute("roles", roleNames(user));
        model.addAttribute("report", report);
        model.addAttribute("standing", standing);
        model.addAttribute("form", ReportForm.of(format, report));
        model.addAttribute("editable", editable);
        model.addAttribute("clerk", clerk);
        model.addAttribute("decides", decides);
        model.addAttribute("overdue", editable && ReportStanding.overdue(kind, report.year(), today));
        model.addAttribute("lateExplanation", report.explanations().getOrDefault("X-3", ""));
        model.addAttribute("dueDate", ReportStanding.deadline(kind, report.year(), today, true));
        model.addAttribute("correctable", clerk && report.status().equals("PUBLISHED"));
        model.addAttribute("changes", decides ? changesSinceLastDecision(reportId, user) : null);
        model.addAttribute("validationUrl", workspace.validationUrl());
        return "report";
    }

    /**
     * What changed since the approver last decided on this report (signed it off or sent it back), from the event
     * store; an approver who has not decided on it before sees everything filled in since it was created.
     */
    private ApprovalChanges changesSinceLastDecision(String reportId, AuthenticatedUser approver) {
        ReportEvents events = audit.events(reportId).orElseThrow();
        Optional<AuditEntry> lastDecision = audit.history(events, new HistoryFilter(null, approver.username(), null,
                null)).stream().filter(entry -> entry.kind() == AuditEntry.Kind.APPROVED
                || entry.kind() == AuditEntry.Kind.RETURNED).reduce((first, second) -> second);
        long from = lastDecision.map(AuditEntry::sequenceNumber).orElse(0L);
        ReportDiff diff = audit.diff(events, AsOf.version(from), AsOf.version(events.lastSequenceNumber()))
                .orElseThrow();
        return new ApprovalChanges(lastDecision.map(entry -> MINUTES.format(entry.recordedAt()))
                .orElse(null), diff);
    }

    /** The diff an approver sees, and when the approver last decided (null: never), in China's time. */
    record ApprovalChanges(String since, ReportDiff diff) {
    }

    /** A page the user may not see, or that does not exist: said on a page, in the workspace's frame. */
    @ExceptionHandler({AccessDeniedException.class, ResourceNotFoundException.class})
    String problem(RuntimeException exception, Model model, HttpServletResponse response) {
        boolean denied = exception instanceof AccessDeniedException;
        response.setStatus(denied ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
        AuthenticatedUser user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("roles", roleNames(user));
        model.addAttribute("title", denied ? "无权查看" : "报告不存在");
        model.addAttribute("detail", exception.getMessage());
        return "problem";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChineseDates.CHINA));
    }

    private static String roleNames(AuthenticatedUser user) {
        return user.roles().stream().sorted().map(role -> switch (role) {
            case CLERK -> "填报人";
            case APPROVER -> "第" + user.approvalLevel() + "级审核人";
            case SUPERVISOR -> "监督人员";
            case AUDITOR -> "审计人员";
            case ADMIN -> "管理员";
        }).collect(Collectors.joining("、"));
    }

    private static AgencyKind kindOf(Optional<AgencyView> agency) {
        return agency.map(AgencyView::kind).orElse(AgencyKind.DEPARTMENT);
    }
}
