package cn.govdisclosure.submission.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.submission.audit.query.AuditEntry.CellChange;
import cn.govdisclosure.submission.audit.query.AuditEntry.FiguresChanged;
import cn.govdisclosure.submission.audit.query.AuditEntry.Kind;
import cn.govdisclosure.submission.audit.query.AuditEntry.ValidationOutcome;
import cn.govdisclosure.submission.audit.query.ReportDiff.CellDifference;
import cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportRejectedEvent;
import cn.govdisclosure.submission.report.command.AnnualReportSubmittedEvent;
import cn.govdisclosure.submission.report.command.FigureChange;
import cn.govdisclosure.submission.report.command.FiguresChangedEvent;
import cn.govdisclosure.submission.report.command.ReportApprovedEvent;
import cn.govdisclosure.submission.report.command.ReportSubmittedForApprovalEvent;
import cn.govdisclosure.submission.report.command.SectionChangedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail of one report that was filled in, corrected, signed off and rejected, with no Spring. */
class ReportAuditTest {

    private static final String REPORT_ID = "11140525000000001X-2023";
    private static final Instant OPENED = Instant.parse("2024-01-10T08:00:00Z");
    private static final String CLERK = "clerk-11140525000000001X";
    private static final String APPROVER = "approver1-11140525000000001X";
    private static final Violation ERROR = new Violation("T4-1", Severity.ERROR, List.of("s4.review.total"),
            "行政复议·总计不平衡");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ReportAudit audit = new ReportAudit(eventStore);
    private ReportEvents events;

    @BeforeEach
    void aReportFilledInCorrectedSignedOffAndRejected() {
        store(new AnnualReportCreatedEvent(REPORT_ID, "11140525000000001X", "测试县人力资源和社会保障局", "140525", 2023,
                "2021", CLERK, at(0)));
        store(new FiguresChangedEvent(REPORT_ID, List.of(change("s4.review.total", null, "1"),
                change("s4.review.upheld", null, "1")), "录入", CLERK, at(1)));
        store(new FiguresChangedEvent(REPORT_ID, List.of(change("s4.review.total", "1", "2")), "更正", CLERK, at(2)));
        store(new SectionChangedEvent(REPORT_ID, "other", null, "未收取信息处理费。", "初次填报", CLERK, at(3)));
        store(new ReportSubmittedForApprovalEvent(REPORT_ID, 1, CLERK, at(4)));
        store(new ReportApprovedEvent(REPORT_ID, 1, APPROVER, "同意", at(5)));
        store(new AnnualReportSubmittedEvent(REPORT_ID, 1, "11140525000000001X", "测试县人力资源和社会保障局", "140525",
                2023, "2021", new ReportContent(Map.of(), Map.of()), CLERK, at(5)));
        store(new AnnualReportRejectedEvent(REPORT_ID, 1, REPORT_ID + "/1", "2021.2", List.of(ERROR), at(6)));
        events = audit.events(REPORT_ID).orElseThrow();
    }

    @Test
    void theHistoryShowsEveryStepInOrderWithWhoAndWhat() {
        List<AuditEntry> history = audit.history(events, HistoryFilter.EVERYTHING);

        assertThat(history).extracting(AuditEntry::kind).containsExactly(Kind.CREATED, Kind.FIGURES_CHANGED,
                Kind.FIGURES_CHANGED, Kind.SECTION_CHANGED, Kind.SUBMITTED_FOR_APPROVAL, Kind.APPROVED,
                Kind.SUBMITTED_TO_VALIDATION, Kind.REJECTED);
        assertThat(history).extracting(AuditEntry::sequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(history.get(2).details()).isEqualTo(new FiguresChanged(List.of(new CellChange("s4.review.total",
                "行政复议·总计", new BigDecimal("1"), new BigDecimal("2"))), "更正"));
        assertThat(history.get(5).user()).isEqualTo(APPROVER);
        assertThat(history.get(7).user()).isEqualTo("validation-service");
        assertThat(history.get(7).details()).isEqualTo(new ValidationOutcome(1, REPORT_ID + "/1", "2021.2",
                List.of(ERROR)));
    }

    @Test
    void theHistoryOfOneCellKeepsItsChangesAndTheWorkflowSteps() {
        List<AuditEntry> history = audit.history(events,
                new HistoryFilter("s4.review.upheld", null, null, null));

        assertThat(history).extracting(AuditEntry::kind).containsExactly(Kind.FIGURES_CHANGED,
                Kind.SUBMITTED_FOR_APPROVAL, Kind.APPROVED, Kind.SUBMITTED_TO_VALIDATION, Kind.REJECTED);
        assertThat(((FiguresChanged) history.get(0).details()).changes()).extracting(CellChange::cellId)
                .containsExactly("s4.review.upheld");
    }

    @Test
    void theHistoryCanBeNarrowedToOneUserInAPeriod() {
        List<AuditEntry> history = audit.history(events, new HistoryFilter(null, CLERK, at(2), at(4)));

        assertThat(history).extracting(AuditEntry::sequenceNumber).containsExactly(2L, 3L, 4L);
    }

    @Test
    void theReportIsRebuiltAsItStoodAfterAnyVersion() {
        ReportState afterFirstEntry = audit.stateAt(events, AsOf.version(1)).orElseThrow();
        ReportState rejected = audit.stateAt(events, AsOf.version(7)).orElseThrow();

        assertThat(afterFirstEntry.status()).isEqualTo("DRAFT");
        assertThat(afterFirstEntry.figures()).containsExactly(Map.entry("s4.review.total", BigDecimal.ONE),
                Map.entry("s4.review.upheld", BigDecimal.ONE));
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.figures()).containsEntry("s4.review.total", new BigDecimal("2"));
        assertThat(rejected.sections()).containsEntry("other", "未收取信息处理费。");
        assertThat(rejected.violations()).containsExactly(ERROR);
        assertThat(rejected.approvedLevels()).isEqualTo(1);
    }

    @Test
    void theReportAtAnInstantIncludesEverythingRecordedUpToIt() {
        assertThat(audit.stateAt(events, AsOf.at(at(2))).orElseThrow().version()).isEqualTo(2);
        assertThat(audit.stateAt(events, AsOf.at(at(0).minusSeconds(1)))).isEmpty();
    }

    @Test
    void theDifferenceBetweenTwoVersionsNamesEachChangedCellWithBothValues() {
        ReportDiff diff = audit.diff(events, AsOf.version(1), AsOf.version(7)).orElseThrow();

        assertThat(diff.cells()).containsExactly(new CellDifference("s4.review.total", "行政复议·总计",
                BigDecimal.ONE, new BigDecimal("2")));
        assertThat(diff.sections()).extracting(ReportDiff.SectionDifference::key).containsExactly("other");
    }

    @Test
    void anAgencyIsNotAReport() {
        assertThat(audit.events("11140525000000001X")).isEmpty();
    }

    private void store(Object payload) {
        long sequenceNumber = eventStore.lastSequenceNumberFor(REPORT_ID).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>("AnnualReport", REPORT_ID, sequenceNumber, payload,
                Map.of(), "event-" + sequenceNumber, at((int) sequenceNumber)));
    }

    private static Instant at(int minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    private static FigureChange change(String cellId, String oldValue, String newValue) {
        return new FigureChange(cellId, oldValue == null ? null : new BigDecimal(oldValue),
                newValue == null ? null : new BigDecimal(newValue));
    }
}
