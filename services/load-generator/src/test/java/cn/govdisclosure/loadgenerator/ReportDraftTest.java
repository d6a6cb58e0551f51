package cn.govdisclosure.loadgenerator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.ReportUnderReview;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDraftTest {

    @Test
    void theFirstRoundEntersEveryCellAndLaterRoundsChangeWhatTheySay() {
        ReportDraft draft = new ReportDraft(42, 2026);

        assertThat(draft.firstRound()).hasSameSizeAs(ReportFormats.FORMAT_2021.cells().keySet());
        for (int round = 2; round <= 20; round++) {
            Map<String, BigDecimal> before = Map.copyOf(draft.figures());
            Map<String, BigDecimal> changes = draft.nextRound(5);
            assertThat(changes).hasSize(5).allSatisfy((cellId, value) ->
                    assertThat(value).isNotEqualByComparingTo(before.get(cellId)));
        }
    }

    @Test
    void everyRoundLeavesAReportTheRulesAccept() {
        ReportDraft draft = new ReportDraft(7, 2026);
        draft.firstRound();
        for (int round = 2; round <= 10; round++) {
            draft.nextRound(10);
            assertThat(errorsOf(draft)).isEmpty();
        }
    }

    @Test
    void theSlipBreaksTableThreeAndItsCorrectionMendsIt() {
        ReportDraft draft = new ReportDraft(7, 2026);
        draft.firstRound();

        draft.slip();
        assertThat(errorsOf(draft)).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation.cells()).contains(ReportDraft.BREAKING_CELL));
        draft.correction();
        assertThat(errorsOf(draft)).isEmpty();
    }

    private static List<Violation> errorsOf(ReportDraft draft) {
        ReportContent content = new ReportContent(draft.figures(), draft.sections());
        return RuleSet.evaluate(ReportUnderReview.draft(ReportFormats.FORMAT_2021, 2026, content)).stream()
                .filter(violation -> violation.severity() == Severity.ERROR).toList();
    }
}
