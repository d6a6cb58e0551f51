package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.kernel.calendar.ChineseDates;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportId;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.agency.query.AgencyView;
import cn.govdisclosure.submission.report.command.ChangeFiguresCommand;
import cn.govdisclosure.submission.report.command.ChangeSectionCommand;
import cn.govdisclosure.submission.report.command.CreateAnnualReportCommand;
import cn.govdisclosure.submission.report.command.OpenCorrectionCommand;
import cn.govdisclosure.submission.report.command.ExplainWarningCommand;
import cn.govdisclosure.submission.report.command.SubmitReportCommand;
import cn.govdisclosure.submission.report.command.WarningRules;
import cn.govdisclosure.submission.report.query.ExplanationHistory;
import cn.govdisclosure.submission.report.query.ExplanationHistoryEntry;
import cn.govdisclosure.submission.report.query.FigureHistory;
import cn.govdisclosure.submission.report.query.FigureHistoryEntry;
import cn.govdisclosure.submission.report.query.ReportView;
import cn.govdisclosure.submission.report.query.ReportVersions;
import cn.govdisclosure.submission.report.query.ReportViews;
import cn.govdisclosure.submission.web.ReportAccess;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.PlainText;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final int MAX_REASON_LENGTH = 500;
    private static final int MAX_SECTION_LENGTH = 100_000;
    private static final int MAX_EXPLANATION_LENGTH = 2_000;

    private final ReportCommands commands;
    private final ReportViews reports;
    private final AgencyDirectory agencies;
    private final FigureHistory history;
    private final ExplanationHistory explanationHistory;
    private final ReportVersions versions;
    private final Clock clock;
    private final boolean naiveBaseline;

    /**
     * @param naiveBaseline for the surge benchmark's baseline only: each cell of an edit becomes a command and an
     *                      event of its own, as in the common set-up this design is measured against
     */
    ReportController(ReportCommands commands, ReportViews reports, AgencyDirectory agencies, FigureHistory history,
                     ExplanationHistory explanationHistory, ReportVersions versions, Clock clock,
                     @Value("${submission.naive-baseline:false}") boolean naiveBaseline) {
        this.versions = versions;
        this.naiveBaseline = naiveBaseline;
        this.commands = commands;
        this.reports = reports;
        this.agencies = agencies;
        this.history = history;
        this.explanationHistory = explanationHistory;
        this.clock = clock;
    }

    record CreateReportRequest(String creditCode, Integer year) {
    }

    record CreatedReport(String reportId) {
    }

    record ChangeFiguresRequest(Map<String, JsonNode> changes, String reason) {
    }

    @PostMapping
    ResponseEntity<CreatedReport> create(@RequestBody CreateReportRequest request) {
        String creditCodeProblem = CreditCode.problemWith(request.creditCode());
        if (creditCodeProblem != null) {
            throw new InvalidInputException("creditCode", creditCodeProblem);
        }
        ReportFormat format = formatOf(request.year());
        AgencyView agency = agencies.find(request.creditCode()).orElseThrow(() -> new InvalidInputException(
                "creditCode", "统一社会信用代码为 " + request.creditCode() + " 的机关尚未登记"));
        String user = ReportAccess.require(Role.CLERK, agency.creditCode()).username();
        ReportId reportId = ReportId.of(new CreditCode(agency.creditCode()), request.year());
        if (reports.find(reportId.value()).isPresent()) {
            throw new ConflictException(agency.name() + request.year() + "年度报告已存在：" + reportId);
        }
        commands.send(reportId.value(), new CreateAnnualReportCommand(reportId.value(), agency.creditCode(),
                agency.name(), agency.regionCode(), request.year(), format.id(), user, clock.instant()));
        return ResponseEntity.created(URI.create("/api/reports/" + reportId)).body(new CreatedReport(reportId.value()));
    }

    @GetMapping
    List<ReportView> findByAgency(@RequestParam String creditCode) {
        String creditCodeProblem = CreditCode.problemWith(creditCode);
        if (creditCodeProblem != null) {
            throw new InvalidInputException("creditCode", creditCodeProblem);
        }
        AgencyView agency = agencies.find(creditCode)
                .orElseThrow(() -> new ResourceNotFoundException("机关 " + creditCode + " 未登记"));
        ReportAccess.requireReader(agency.creditCode(), agency.regionCode());
        return reports.findByAgency(creditCode);
    }

    /** The report with its version as ETag, for a change sent back with {@code If-Match}. */
    @GetMapping("/{reportId}")
    ResponseEntity<ReportView> find(@PathVariable String reportId) {
        return versioned(reportId, this::readable);
    }

    @PutMapping("/{reportId}/figures")
    ResponseEntity<ReportView> changeFigures(@PathVariable String reportId,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @RequestBody ChangeFiguresRequest request) {
        String actingUser = clerkOf(reportId);
        Long expectedVersion = ReportVersionHeaders.expectedVersion(ifMatch);
        Map<String, BigDecimal> changes = FigureValues.from(request.changes());
        String reason = reason(request.reason());
        if (naiveBaseline) {
            // the If-Match version holds for the first cell's command; the others follow it
            Long expected = expectedVersion;
            for (Map.Entry<String, BigDecimal> change : changes.entrySet()) {
                commands.send(reportId, new ChangeFiguresCommand(reportId,
                        Collections.singletonMap(change.getKey(), change.getValue()), reason, actingUser,
                        clock.instant(), expected));
                expected = null;
            }
        } else {
            commands.send(reportId, new ChangeFiguresCommand(reportId, changes, reason, actingUser, clock.instant(),
                    expectedVersion));
        }
        return versioned(reportId, this::existing);
    }

    @PutMapping(path = "/{reportId}/sections/{key}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ReportView> changeSection(@PathVariable String reportId, @PathVariable String key,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch,
                                             @RequestBody(required = false) String text,
                                             @RequestParam(required = false) String reason) {
        String actingUser = clerkOf(reportId);
        Long expectedVersion = ReportVersionHeaders.expectedVersion(ifMatch);
        if (text != null && text.length() > MAX_SECTION_LENGTH) {
            throw new InvalidInputException("body", "正文不能超过" + MAX_SECTION_LENGTH + "字");
        }
        PlainText.require("body", "正文", text);
        commands.send(reportId, new ChangeSectionCommand(reportId, key, text == null ? "" : text,
                reason == null || reason.isBlank() ? "修改正文" : reason(reason), actingUser, clock.instant(),
                expectedVersion));
        return versioned(reportId, this::existing);
    }

    /**
     * Explains the warnings of one rule, as the agency saw them in live checking or in a rejection; an empty body
     * withdraws the explanation. Whether the rule takes an explanation is the report's decision.
     */
    @PutMapping(path = "/{reportId}/explanations/{ruleId}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<ReportView> explainWarning(@PathVariable String reportId, @PathVariable String ruleId,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @RequestBody(required = false) String text) {
        String actingUser = clerkOf(reportId);
        Long expectedVersion = ReportVersionHeaders.expectedVersion(ifMatch);
        if (text != null && characters(text.strip()) > MAX_EXPLANATION_LENGTH) {
            throw new InvalidInputException("body", "说明不能超过" + MAX_EXPLANATION_LENGTH + "字");
        }
        PlainText.require("body", "说明", text);
        commands.send(reportId, new ExplainWarningCommand(reportId, ruleId, text, actingUser, clock.instant(),
                expectedVersion));
        return versioned(reportId, this::existing);
    }

    record CorrectionRequest(String reason) {
    }

    /**
     * Opens a published report for a correction. The corrected report goes through approval and validation again
     * and is published as the next version, with the reason and every changed figure; the earlier version stays.
     */
    @PostMapping("/{reportId}/corrections")
    ReportView openCorrection(@PathVariable String reportId, @RequestBody(required = false) CorrectionRequest request) {
        String actingUser = clerkOf(reportId);
        String reason = reason(request == null ? null : request.reason());
        commands.send(reportId, new OpenCorrectionCommand(reportId, reason, actingUser, clock.instant()));
        return existing(reportId);
    }

    /** Hands the report to the agency's approvers; the last sign-off sends it to validation. */
    @PostMapping("/{reportId}/submit")
    ResponseEntity<ReportView> submit(@PathVariable String reportId) {
        String actingUser = clerkOf(reportId);
        int levels = agencies.find(existing(reportId).creditCode()).orElseThrow().approvalLevels();
        commands.send(reportId, new SubmitReportCommand(reportId, levels, actingUser, clock.instant()));
        return ResponseEntity.accepted().body(existing(reportId));
    }

    @GetMapping("/{reportId}/figures/{cellId}/history")
    List<FigureHistoryEntry> figureHistory(@PathVariable String reportId, @PathVariable String cellId) {
        ReportView report = readable(reportId);
        if (ReportFormats.byId(report.formatId()).flatMap(format -> format.cell(cellId)).isEmpty()) {
            throw new ResourceNotFoundException("报告格式中没有栏目 " + cellId);
        }
        return history.of(reportId, cellId);
    }

    @GetMapping("/{reportId}/explanations/{ruleId}/history")
    List<ExplanationHistoryEntry> explanationHistory(@PathVariable String reportId, @PathVariable String ruleId) {
        readable(reportId);
        if (!WarningRules.explainable(ruleId)) {
            throw new ResourceNotFoundException("没有需要说明的审核规则 " + ruleId);
        }
        return explanationHistory.of(reportId, ruleId);
    }

    /**
     * The report (read again when null) with its ETag. The version is read before the report: a version older than
     * the report shown can only cause a needless 409, never a change applied over one the user did not see.
     */
    private ResponseEntity<ReportView> versioned(String reportId, Function<String, ReportView> read) {
        OptionalLong version = versions.of(reportId);
        ReportView report = read.apply(reportId);
        return version.isPresent()
                ? ResponseEntity.ok().eTag(ReportVersionHeaders.entityTag(version.getAsLong())).body(report)
                : ResponseEntity.ok(report);
    }

    private ReportView readable(String reportId) {
        ReportView report = existing(reportId);
        ReportAccess.requireReader(report.creditCode(), report.regionCode());
        return report;
    }

    /** The acting clerk's name, if the report belongs to the clerk's agency. */
    private String clerkOf(String reportId) {
        return ReportAccess.require(Role.CLERK, ReportLookup.agencyOf(reports, reportId)).username();
    }

    private ReportView existing(String reportId) {
        return ReportLookup.existing(reports, reportId);
    }

    private ReportFormat formatOf(Integer year) {
        int currentYear = clock.instant().atZone(ChineseDates.CHINA).getYear();
        if (year == null || year > currentYear) {
            throw new InvalidInputException("year", "报告年度应为不晚于" + currentYear + "年的年份");
        }
        return ReportFormats.forYear(year).orElseThrow(() -> new InvalidInputException("year",
                "本系统受理" + ReportFormats.FIRST_YEAR + "年度及以后的报告"));
    }

    /** Characters as agencies count them: a character outside the Basic Multilingual Plane is one, not two. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请说明修改原因");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "修改原因不能超过" + MAX_REASON_LENGTH + "字");
        }
        PlainText.require("reason", "修改原因", reason);
        return reason.strip();
    }
}
