package cn.govdisclosure.submission.audit.query;

import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.submission.report.command.AnnualReportAcceptedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportPublishedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportRejectedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.CorrectionOpenedEvent;
import cn.govdisclosure.submission.report.command.FiguresChangedEvent;
import cn.govdisclosure.submission.report.command.ReportApprovedEvent;
import cn.govdisclosure.submission.report.command.ReportReturnedEvent;
import cn.govdisclosure.submission.report.command.ReportStatus;
import cn.govdisclosure.submission.report.command.ReportSubmittedForApprovalEvent;
import cn.govdisclosure.submission.report.command.SectionChangedEvent;
import cn.govdisclosure.submission.report.command.WarningExplainedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventHandler;

/**
 * Folds one report's events into the report as it stood, with the same meaning as the {@code report_view}
 * projection gives them (status, approval, figures, sections, explanations, validation outcome, publication). One
 * instance per replay, never a Spring bean: Axon would subscribe it to the live event stream.
 */
class ReportReplay {

    private String reportId;
    private String creditCode;
    private String agencyName;
    private String regionCode;
    private int year;
    private String formatId;
    private ReportStatus status;
    private int submissionNumber;
    private Integer approvalLevels;
    private int approvedLevels;
    private final TreeMap<String, BigDecimal> figures = new TreeMap<>();
    private final TreeMap<String, String> sections = new TreeMap<>();
    private final TreeMap<String, String> explanations = new TreeMap<>();
    private List<Violation> violations = List.of();
    private String ruleSetVersion;
    private Integer publishedVersion;
    private String publishedUrl;

    @EventHandler
    void on(AnnualReportCreatedEvent event) {
        reportId = event.reportId();
        creditCode = event.creditCode();
        agencyName = event.agencyName();
        regionCode = event.regionCode();
        year = event.year();
        formatId = event.formatId();
        status = ReportStatus.DRAFT;
    }

    @EventHandler
    void on(FiguresChangedEvent event) {
        event.changes().forEach(change -> {
            if (change.newValue() == null) {
                figures.remove(change.cellId());
            } else {
                figures.put(change.cellId(), change.newValue());
            }
        });
    }

    @EventHandler
    void on(SectionChangedEvent event) {
        sections.put(event.key(), event.newText());
    }

    @EventHandler
    void on(WarningExplainedEvent event) {
        if (event.newText() == null) {
            explanations.remove(event.ruleId());
        } else {
            explanations.put(event.ruleId(), event.newText());
        }
    }

    @EventHandler
    void on(ReportSubmittedForApprovalEvent event) {
        status = ReportStatus.AWAITING_APPROVAL;
        approvalLevels = event.approvalLevels();
        approvedLevels = 0;
    }

    @EventHandler
    void on(ReportApprovedEvent event) {
        approvedLevels = event.level();
    }

    @EventHandler
    void on(ReportReturnedEvent event) {
        status = ReportStatus.DRAFT;
        approvedLevels = 0;
    }

    @EventHandler
    void on(AnnualReportSubmittedEvent event) {
        outcome(ReportStatus.SUBMITTED, List.of(), null);
        submissionNumber = event.submissionNumber();
    }

    @EventHandler
    void on(AnnualReportAcceptedEvent event) {
        outcome(ReportStatus.ACCEPTED, event.warnings(), event.ruleSetVersion());
    }

    @EventHandler
    void on(AnnualReportRejectedEvent event) {
        outcome(ReportStatus.REJECTED, event.violations(), event.ruleSetVersion());
    }

    @EventHandler
    void on(CorrectionOpenedEvent event) {
        status = ReportStatus.UNDER_CORRECTION;
    }

    @EventHandler
    void on(AnnualReportPublishedEvent event) {
        status = ReportStatus.PUBLISHED;
        publishedVersion = event.version();
        publishedUrl = event.url();
    }

    ReportState state(long version, Instant asOf) {
        return new ReportState(reportId, version, asOf, creditCode, agencyName, regionCode, year, formatId,
                status.name(), submissionNumber, approvalLevels, approvedLevels,
                Collections.unmodifiableSortedMap(new TreeMap<>(figures)),
                Collections.unmodifiableSortedMap(new TreeMap<>(sections)),
                Collections.unmodifiableSortedMap(new TreeMap<>(explanations)), violations, ruleSetVersion,
                publishedVersion, publishedUrl);
    }

    private void outcome(ReportStatus newStatus, List<Violation> newViolations, String newRuleSetVersion) {
        status = newStatus;
        violations = List.copyOf(newViolations);
        ruleSetVersion = newRuleSetVersion;
    }
}
