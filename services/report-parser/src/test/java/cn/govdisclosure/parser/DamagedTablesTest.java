package cn.govdisclosure.parser;

import static cn.govdisclosure.parser.ParserFixtures.figuresOf;
import static cn.govdisclosure.parser.ParserFixtures.parseFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Tables as real reports damage them: every gap is left empty and told, never filled with a guess. */
class DamagedTablesTest {

    @Test
    void leavesMissingRowsEmptyAndNamesEachCell() {
        ParseResult report = parseFixture("rows-missing-and-shifted.txt");

        assertThat(report.cells()).doesNotContainKey("s2.licensing.decisions")
                .doesNotContainKeys("s3.notProcessed.excessive.naturalPerson", "s3.notProcessed.excessive.total");
        assertThat(report.notesOf(ParseNote.Kind.CELL_NOT_FOUND)).extracting(ParseNote::subject)
                .containsExactly("s2.licensing.decisions", "s3.notProcessed.excessive.naturalPerson",
                        "s3.notProcessed.excessive.commercial", "s3.notProcessed.excessive.research",
                        "s3.notProcessed.excessive.publicInterest", "s3.notProcessed.excessive.legalService",
                        "s3.notProcessed.excessive.otherOrg", "s3.notProcessed.excessive.total");
        assertThat(report.notesAbout("s2.licensing.decisions").get(0).message()).contains("行政许可");
        assertThat(report.cells()).hasSize(200 - 8);
    }

    @Test
    void readsARowShiftedRightByItsLabelAndSaysSo() {
        ParseResult report = parseFixture("rows-missing-and-shifted.txt");

        assertThat(figuresOf(report, "s3.notProcessed.repeated")).hasSize(7)
                .allSatisfy((id, value) -> assertThat(value).isZero());
        assertThat(report.notesOf(ParseNote.Kind.ROW_SHIFTED)).singleElement().satisfies(note -> {
            assertThat(note.subject()).isEqualTo("s3.notProcessed.repeated.*");
            assertThat(note.message()).contains("2.重复申请", "向右错位1列");
        });
    }

    @Test
    void leavesBlankCellsEmptyInsteadOfZero() {
        ParseResult report = parseFixture("blank-cells.txt");

        assertThat(report.notesOf(ParseNote.Kind.BLANK_CELL)).extracting(ParseNote::subject).containsExactly(
                "s2.normativeDocuments.repealed", "s2.punishment.decisions", "s2.coercion.decisions",
                "s2.fees.amount", "s3.received.commercial", "s3.received.publicInterest",
                "s3.granted.publicInterest", "s4.review.pending");
        assertThat(report.cells()).doesNotContainKeys("s2.fees.amount", "s3.received.commercial",
                "s4.review.pending");
        assertThat(report.figure("s3.received.naturalPerson")).isEqualByComparingTo("3");
        assertThat(report.figure("s3.received.research")).isZero();
        assertThat(report.notesAbout("s2.fees.amount").get(0).message()).contains("“—”", "未按0处理");
        assertThat(report.cells()).hasSize(200 - 8);
        assertThat(report.notes()).hasSize(8);
    }

    @Test
    void readsThousandsSeparatorsUnitsAndFeeDecimals() {
        ParseResult report = parseFixture("thousands-and-decimals.txt");

        assertThat(report.figure("s2.fees.amount")).isEqualByComparingTo("1234.567891");
        assertThat(report.figure("s2.licensing.decisions")).isEqualByComparingTo("12480");
        assertThat(report.figure("s2.punishment.decisions")).isEqualByComparingTo("36");
        assertThat(report.figure("s3.received.naturalPerson")).isEqualByComparingTo("1203");
        assertThat(report.figure("s3.received.total")).isEqualByComparingTo("1210");
        assertThat(report.cells().get("s3.received.total").sourceText()).isEqualTo("1,210");
        assertThat(report.notesAbout("s2.punishment.decisions")).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("单位“件”"));
        assertThat(report.notes()).allSatisfy(note -> assertThat(note.kind())
                .isEqualTo(ParseNote.Kind.VALUE_INTERPRETED));
        assertThat(report.cells()).hasSize(200);
    }

    @Test
    void splitsDigitsRunTogetherOnlyWhereTheTotalsLeaveOneReading() {
        ParseResult report = parseFixture("flattened-digits.txt");

        assertThat(figuresOf(report, "s3.received")).containsEntry("s3.received.naturalPerson", bd(1203))
                .containsEntry("s3.received.commercial", bd(7)).containsEntry("s3.received.total", bd(1210));
        assertThat(report.notesAbout("s3.received.*")).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(ParseNote.Kind.VALUE_INTERPRETED);
            assertThat(note.message()).contains("1203、7、0、0、0、0、1210");
        });
        assertThat(figuresOf(report, "s4")).hasSize(15).containsEntry("s4.litigationDirect.total", bd(17));
        assertThat(report.notesAbout("s4")).extracting(ParseNote::kind).containsExactly(
                ParseNote.Kind.VALUE_INTERPRETED);
    }

    @Test
    void leavesDigitsRunTogetherEmptyWhenTheyAllowTwoReadings() {
        ParseResult report = parseFixture("flattened-digits.txt");

        assertThat(figuresOf(report, "s3.granted")).isEmpty();
        assertThat(report.notesAbout("s3.granted.naturalPerson")).singleElement().satisfies(note -> {
            assertThat(note.kind()).isEqualTo(ParseNote.Kind.AMBIGUOUS_VALUE);
            assertThat(note.message()).contains("121000013", "不能唯一拆分");
        });
        assertThat(figuresOf(report, "s2.regulations")).isEmpty();
        assertThat(report.notesAbout("s2.regulations.issued").get(0).kind())
                .isEqualTo(ParseNote.Kind.AMBIGUOUS_VALUE);
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
