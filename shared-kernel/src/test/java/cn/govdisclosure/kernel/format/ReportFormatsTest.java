package cn.govdisclosure.kernel.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void the2021FormatHasTenFiguresInTableTwo175InTableThreeAnd15InTableFour() {
        assertThat(cellsOf(ReportFormats.FORMAT_2021, "s2.")).isEqualTo(10);
        assertThat(cellsOf(ReportFormats.FORMAT_2021, "s3.")).isEqualTo(175);
        assertThat(cellsOf(ReportFormats.FORMAT_2021, "s4.")).isEqualTo(15);
    }

    @Test
    void theTrialFormatHasOneOtherHandlingRowAndItsOwnTableTwo() {
        ReportFormat trial = ReportFormats.FORMAT_2019;
        assertThat(trial.cell("s3.otherHandling.total")).isPresent();
        assertThat(trial.cell("s3.otherHandling.other.total")).isEmpty();
        assertThat(cellsOf(trial, "s3.")).isEqualTo(7 * 23);
        assertThat(trial.cell("s2.licensing.change").orElseThrow().kind()).isEqualTo(ValueKind.SIGNED_COUNT);
        assertThat(trial.cell("s2.procurement.amount").orElseThrow().kind()).isEqualTo(ValueKind.AMOUNT);
        assertThat(trial.cell("s2.regulations.issued")).isEmpty();
    }

    @Test
    void cellsCarryTheOfficialLabels() {
        CellDefinition cell = ReportFormats.FORMAT_2021.cell("s3.refused.stateSecret.commercial").orElseThrow();
        assertThat(cell.label()).isEqualTo("三、本年度办理结果（三）不予公开1.属于国家秘密·商业企业");
        assertThat(cell.column().groups()).containsExactly("申请人情况", "法人或其他组织");
        assertThat(ReportFormats.FORMAT_2021.cell("s2.fees.amount").orElseThrow().column().label())
                .isEqualTo("本年收费金额（单位：万元）");
    }

    @Test
    void theReportYearDecidesTheFormat() {
        assertThat(ReportFormats.forYear(2018)).isEmpty();
        assertThat(ReportFormats.forYear(2020)).contains(ReportFormats.FORMAT_2019);
        assertThat(ReportFormats.forYear(2021)).contains(ReportFormats.FORMAT_2021);
        assertThat(ReportFormats.forYear(2023)).contains(ReportFormats.FORMAT_2021);
    }

    private static long cellsOf(ReportFormat format, String prefix) {
        return format.cells().keySet().stream().filter(id -> id.startsWith(prefix)).count();
    }
}
