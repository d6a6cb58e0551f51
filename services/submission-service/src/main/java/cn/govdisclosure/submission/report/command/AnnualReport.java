package cn.govdisclosure.submission.report.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One agency's annual report for one year ({@code {creditCode}-{year}}), from draft to publication. Every change
 * is an event; the figures, sections and explanations of warnings held here are what the next decision needs: old
 * values for the audit trail, and the content to hand over at submission.
 */
@Aggregate(cache = "reportCache")
class AnnualReport {

    @AggregateIdentifier
    private String reportId;
    private AgencyIdentity agency;
    private int year;
    private String formatId;
    private ReportStatus status;
    private int submissionNumber;
    private Map<String, BigDecimal> figures;
    private Map<String, String> sections;
    private Map<String, String> explanations;
    /** Who changed the content since it last went to validation: they may not sign it off. */
    private Set<String> editors;
    private ApprovalRound approval;
    private int publishedVersion;
    /** While a correction is open: why the agency corrects its published report. */
    private String correctionReason;

    AnnualReport() {
        // for Axon
    }

    @CommandHandler
    AnnualReport(CreateAnnualReportCommand command) {
        apply(new AnnualReportCreatedEvent(command.reportId(), command.creditCode(), command.agencyName(),
                command.regionCode(), command.year(), command.formatId(), command.createdBy(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(ChangeFiguresCommand command) {
        requireEditable();
        List<FigureChange> changes = FigureEdits.changes(format(), figures, command.changes());
        if (!changes.isEmpty()) {
            apply(new FiguresChangedEvent(reportId, changes, command.reason(), command.changedBy(),
                    command.changedAt()));
        }
    }

    @CommandHandler
    void handle(ChangeSectionCommand command) {
        requireEditable();
        if (!format().hasSection(command.key())) {
            throw new InvalidFigureException(Map.of("key", "报告没有名为“" + command.key() + "”的部分"));
        }
        String oldText = sections.get(command.key());
        if (!Objects.equals(oldText, command.text())) {
            apply(new SectionChangedEvent(reportId, command.key(), oldText, command.text(), command.reason(),
                    command.changedBy(), command.changedAt()));
        }
    }

    /** A blank text withdraws the explanation; surrounding white space is not part of it. */
    @CommandHandler
    void handle(ExplainWarningCommand command) {
        requireEditable();
        String problem = WarningRules.problemWith(command.ruleId());
        if (problem != null) {
            throw new InvalidFigureException(Map.of("ruleId", problem));
        }
        String oldText = explanations.get(command.ruleId());
        String newText = command.text() == null || command.text().isBlank() ? null : command.text().strip();
        if (!Objects.equals(oldText, newText)) {
            apply(new WarningExplainedEvent(reportId, command.ruleId(), oldText, newText, command.explainedBy(),
                    command.explainedAt()));
        }
    }

    @CommandHandler
    void handle(SubmitReportCommand command) {
        requireEditable();
        apply(new ReportSubmittedForApprovalEvent(reportId, command.approvalLevels(), command.submittedBy(),
                command.submittedAt()));
    }

    /** Only the last level's sign-off sends the report to validation. */
    @CommandHandler
    void handle(ApproveReportCommand command) {
        requireAwaitingApproval();
        requireMaySign(command.approver(), command.approverLevel());
        int level = approval.nextLevel();
        apply(new ReportApprovedEvent(reportId, level, command.approver(), command.comment(), command.approvedAt()));
        if (approval.lastLevel(level)) {
            apply(new AnnualReportSubmittedEvent(reportId, submissionNumber + 1, agency.creditCode(), agency.name(),
                    agency.regionCode(), year, formatId, content(), approval.submittedBy(), command.approvedAt()));
        }
    }

    @CommandHandler
    void handle(ReturnReportCommand command) {
        requireAwaitingApproval();
        Integer level = command.approverLevel();
        if (level == null || level != approval.nextLevel()) {
            throw new ApprovalRefusedException("报告正待第" + approval.nextLevel() + "级审核，只有该级审核人可以退回");
        }
        apply(new ReportReturnedEvent(reportId, level, command.approver(), command.comment(), command.returnedAt()));
    }

    /**
     * Outcomes of other or older submissions, and repeated ones, change nothing: Kafka may deliver them twice.
     * Validation accepts when nothing blocks: no error, and every warning explained; the warnings then carry the
     * explanations they are published with.
     */
    @CommandHandler
    void handle(RecordValidationOutcomeCommand command) {
        if (status != ReportStatus.SUBMITTED || command.submissionNumber() != submissionNumber) {
            return;
        }
        if (command.accepted()) {
            List<Violation> warnings = command.violations();
            apply(new AnnualReportAcceptedEvent(reportId, submissionNumber, agency.creditCode(), agency.name(),
                    agency.regionCode(), year, formatId, content(), command.validationId(), command.ruleSetVersion(),
                    warnings, command.validatedAt(), correctionReason));
        } else {
            apply(new AnnualReportRejectedEvent(reportId, submissionNumber, command.validationId(),
                    command.ruleSetVersion(), command.violations(), command.validatedAt()));
        }
    }

    @CommandHandler
    void handle(OpenCorrectionCommand command) {
        if (status != ReportStatus.PUBLISHED) {
            throw new ReportStateException("只有已发布的报告可以更正");
        }
        apply(new CorrectionOpenedEvent(reportId, publishedVersion, command.reason(), command.openedBy(),
                command.openedAt()));
    }

    /** Only a report waiting for another service can be re-driven: the others wait for a person. */
    @CommandHandler
    void handle(RedriveReportCommand command) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.ACCEPTED) {
            throw new ReportStateException("只有等待审核结果或等待发布的报告可以重新推送，该报告当前状态为 " + status);
        }
        apply(new ReportRedrivenEvent(reportId, status.name(), submissionNumber, command.reason(),
                command.redrivenBy(), command.redrivenAt()));
    }

    /** Like outcomes, a repeated or stale publication notice changes nothing. */
    @CommandHandler
    void handle(MarkReportPublishedCommand command) {
        if (status != ReportStatus.ACCEPTED || command.submissionNumber() != submissionNumber) {
            return;
        }
        apply(new AnnualReportPublishedEvent(reportId, submissionNumber, command.version(), command.url(),
                command.publishedAt()));
    }

    @EventSourcingHandler
    void on(AnnualReportCreatedEvent event) {
        reportId = event.reportId();
        agency = new AgencyIdentity(event.creditCode(), event.agencyName(), event.regionCode());
        year = event.year();
        formatId = event.formatId();
        status = ReportStatus.DRAFT;
        figures = new HashMap<>();
        sections = new HashMap<>();
        explanations = new HashMap<>();
        editors = new HashSet<>();
    }

    @EventSourcingHandler
    void on(FiguresChangedEvent event) {
        editors.add(event.changedBy());
        event.changes().forEach(change -> {
            if (change.newValue() == null) {
                figures.remove(change.cellId());
            } else {
                figures.put(change.cellId(), change.newValue());
            }
        });
    }

    @EventSourcingHandler
    void on(SectionChangedEvent event) {
        editors.add(event.changedBy());
        sections.put(event.key(), event.newText());
    }

    @EventSourcingHandler
    void on(WarningExplainedEvent event) {
        editors.add(event.explainedBy());
        if (event.newText() == null) {
            explanations.remove(event.ruleId());
        } else {
            explanations.put(event.ruleId(), event.newText());
        }
    }

    @EventSourcingHandler
    void on(ReportSubmittedForApprovalEvent event) {
        status = ReportStatus.AWAITING_APPROVAL;
        approval = ApprovalRound.started(event.approvalLevels(), event.submittedBy());
    }

    @EventSourcingHandler
    void on(ReportApprovedEvent event) {
        approval = approval.signedBy(event.approvedBy());
    }

    @EventSourcingHandler
    void on(ReportReturnedEvent event) {
        status = ReportStatus.DRAFT;
        approval = null;
    }

    @EventSourcingHandler
    void on(AnnualReportSubmittedEvent event) {
        status = ReportStatus.SUBMITTED;
        submissionNumber = event.submissionNumber();
        approval = null;
        editors.clear();
    }

    @EventSourcingHandler
    void on(AnnualReportAcceptedEvent event) {
        status = ReportStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AnnualReportRejectedEvent event) {
        status = ReportStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AnnualReportPublishedEvent event) {
        status = ReportStatus.PUBLISHED;
        publishedVersion = event.version();
        correctionReason = null;
    }

    @EventSourcingHandler
    void on(CorrectionOpenedEvent event) {
        status = ReportStatus.UNDER_CORRECTION;
        correctionReason = event.reason();
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new ReportStateException(switch (status) {
                case AWAITING_APPROVAL -> "报告正在本机关审核中，退回前不能修改或再次提交";
                case SUBMITTED -> "报告已提交审核，审核结束前不能修改或再次提交";
                case ACCEPTED -> "报告已通过审核，正在发布，不能修改";
                case PUBLISHED -> "报告已发布，如需修改请先发起更正";
                default -> "报告当前状态不允许此操作";
            });
        }
    }

    private void requireAwaitingApproval() {
        if (status != ReportStatus.AWAITING_APPROVAL) {
            throw new ReportStateException("报告当前不在本机关审核中");
        }
    }

    private void requireMaySign(String approver, Integer approverLevel) {
        String refusal = approval.refusal(approver, approverLevel, editors);
        if (refusal != null) {
            throw new ApprovalRefusedException(refusal);
        }
    }

    /** What is handed over at submission, and on acceptance to publication. */
    private ReportContent content() {
        return new ReportContent(figures, sections, explanations);
    }

    private ReportFormat format() {
        return ReportFormats.byId(formatId).orElseThrow();
    }

    private record AgencyIdentity(String creditCode, String name, String regionCode) {
    }
}
