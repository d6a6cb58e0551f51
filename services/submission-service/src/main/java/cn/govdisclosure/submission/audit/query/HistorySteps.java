package cn.govdisclosure.submission.audit.query;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormat;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.submission.audit.query.AuditEntry.ApprovalStep;
import cn.govdisclosure.submission.audit.query.AuditEntry.CellChange;
import cn.govdisclosure.submission.audit.query.AuditEntry.Created;
import cn.govdisclosure.submission.audit.query.AuditEntry.Details;
import cn.govdisclosure.submission.audit.query.AuditEntry.FiguresChanged;
import cn.govdisclosure.submission.audit.query.AuditEntry.Kind;
import cn.govdisclosure.submission.audit.query.AuditEntry.Published;
import cn.govdisclosure.submission.audit.query.AuditEntry.SectionChanged;
import cn.govdisclosure.submission.audit.query.AuditEntry.SubmittedForApproval;
import cn.govdisclosure.submission.audit.query.AuditEntry.SubmittedToValidation;
import cn.govdisclosure.submission.audit.query.AuditEntry.ValidationOutcome;
import cn.govdisclosure.submission.audit.query.AuditEntry.WarningExplained;
import cn.govdisclosure.submission.report.command.AnnualReportAcceptedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportPublishedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportRejectedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.CorrectionOpenedEvent;
import cn.govdisclosure.submission.report.command.ReportRedrivenEvent;
import cn.govdisclosure.submission.report.command.FiguresChangedEvent;
import cn.govdisclosure.submission.report.command.ReportApprovedEvent;
import cn.govdisclosure.submission.report.command.ReportReturnedEvent;
import cn.govdisclosure.submission.report.command.ReportSubmittedForApprovalEvent;
import cn.govdisclosure.submission.report.command.SectionChangedEvent;
import cn.govdisclosure.submission.report.command.WarningExplainedEvent;
import org.axonframework.eventhandling.EventHandler;

/**
 * Turns each event of one report into the step an auditor reads, through Axon's handler resolution. One instance
 * per report, never a Spring bean (Axon would subscribe it to the live event stream): it remembers the report's
 * format from the first event, to name cells by their labels.
 */
class HistorySteps {

    /** The sender of validation outcomes, the only service trusted to send them. */
    static final String VALIDATION = "validation-service";
    /** The sender of publication notices, the only service trusted to send them. */
    static final String PUBLICATION = "publication-service";

    record Step(String user, Kind kind, Details details) {
    }

    private ReportFormat format;

    @EventHandler
    Step on(AnnualReportCreatedEvent event) {
        format = ReportFormats.byId(event.formatId()).orElse(null);
        return new Step(event.createdBy(), Kind.CREATED, new Created(event.creditCode(), event.agencyName(),
                event.regionCode(), event.year(), event.formatId()));
    }

    @EventHandler
    Step on(FiguresChangedEvent event) {
        return new Step(event.changedBy(), Kind.FIGURES_CHANGED, new FiguresChanged(event.changes().stream()
                .map(change -> new CellChange(change.cellId(), label(change.cellId()), change.oldValue(),
                        change.newValue()))
                .toList(), event.reason()));
    }

    @EventHandler
    Step on(SectionChangedEvent event) {
        return new Step(event.changedBy(), Kind.SECTION_CHANGED,
                new SectionChanged(event.key(), event.oldText(), event.newText(), event.reason()));
    }

    @EventHandler
    Step on(WarningExplainedEvent event) {
        return new Step(event.explainedBy(), Kind.WARNING_EXPLAINED,
                new WarningExplained(event.ruleId(), event.oldText(), event.newText()));
    }

    @EventHandler
    Step on(ReportSubmittedForApprovalEvent event) {
        return new Step(event.submittedBy(), Kind.SUBMITTED_FOR_APPROVAL,
                new SubmittedForApproval(event.approvalLevels()));
    }

    @EventHandler
    Step on(ReportApprovedEvent event) {
        return new Step(event.approvedBy(), Kind.APPROVED, new ApprovalStep(event.level(), event.comment()));
    }

    @EventHandler
    Step on(ReportReturnedEvent event) {
        return new Step(event.returnedBy(), Kind.RETURNED, new ApprovalStep(event.level(), event.comment()));
    }

    @EventHandler
    Step on(AnnualReportSubmittedEvent event) {
        return new Step(event.submittedBy(), Kind.SUBMITTED_TO_VALIDATION,
                new SubmittedToValidation(event.submissionNumber()));
    }

    @EventHandler
    Step on(AnnualReportAcceptedEvent event) {
        return new Step(VALIDATION, Kind.ACCEPTED, new ValidationOutcome(event.submissionNumber(),
                event.validationId(), event.ruleSetVersion(), event.warnings()));
    }

    @EventHandler
    Step on(AnnualReportRejectedEvent event) {
        return new Step(VALIDATION, Kind.REJECTED, new ValidationOutcome(event.submissionNumber(),
                event.validationId(), event.ruleSetVersion(), event.violations()));
    }

    @EventHandler
    Step on(AnnualReportPublishedEvent event) {
        return new Step(PUBLICATION, Kind.PUBLISHED,
                new Published(event.submissionNumber(), event.version(), event.url()));
    }

    @EventHandler
    Step on(CorrectionOpenedEvent event) {
        return new Step(event.openedBy(), Kind.CORRECTION_OPENED,
                new AuditEntry.CorrectionOpened(event.publishedVersion(), event.reason()));
    }

    @EventHandler
    Step on(ReportRedrivenEvent event) {
        return new Step(event.redrivenBy(), Kind.REDRIVEN,
                new AuditEntry.Redriven(event.status(), event.submissionNumber(), event.reason()));
    }

    private String label(String cellId) {
        return format == null ? null : format.cell(cellId).map(CellDefinition::label).orElse(null);
    }
}
