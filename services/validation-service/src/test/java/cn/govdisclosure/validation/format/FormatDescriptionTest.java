package cn.govdisclosure.validation.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.validation.format.FormatDescription.Cell;
import cn.govdisclosure.validation.format.FormatDescription.RuleSummary;
import org.junit.jupiter.api.Test;

class FormatDescriptionTest {

    private final FormatCatalogue catalogue = new FormatCatalogue();

    @Test
    void describesEveryCellOfThe2021FormatWithItsOfficialLabel() {
        FormatDescription format = catalogue.describe("2021");

        assertThat(format.cells()).hasSize(200);
        assertThat(format.cells()).contains(new Cell("s3.totalHandled.naturalPerson", "三、本年度办理结果（七）总计·自然人",
                "COUNT"));
        assertThat(format.tables()).extracting(FormatDescription.Table::key).containsExactly("二", "三", "四");
    }

    @Test
    void theTrialFormatHasItsOwnTableTwoAndOneOtherHandlingRow() {
        FormatDescription format = catalogue.describe("2019");

        assertThat(format.cells()).extracting(Cell::id)
                .contains("s2.procurement.amount", "s3.otherHandling.total")
                .doesNotContain("s2.regulations.issued", "s3.otherHandling.other.total");
    }

    @Test
    void listsEachRuleOnceForEverySeverityItIsCheckedAt() {
        FormatDescription format = FormatDescription.of(ReportFormats.FORMAT_2021, RuleSet.rules());

        assertThat(format.rules()).filteredOn(rule -> rule.id().equals("T4-2")).singleElement()
                .satisfies(rule -> assertThat(rule.description()).isEqualTo("表四各栏为非负整数；表四各栏均应填写"))
                .satisfies(rule -> assertThat(rule.cells()).hasSize(15).doesNotHaveDuplicates());
        assertThat(format.rules()).filteredOn(rule -> rule.id().equals("T2-2"))
                .extracting(RuleSummary::severity).containsExactly("ERROR", "WARNING");
    }

    @Test
    void describesEachRuleWithTheCellsItReadsInTheFormat() {
        FormatDescription format = catalogue.describe("2021");

        assertThat(format.rules()).filteredOn(rule -> rule.id().equals("T3-6")).singleElement()
                .satisfies(rule -> assertThat(rule.description()).contains("上一年度报告"))
                .satisfies(rule -> assertThat(rule.cells()).contains("s3.carriedOver.naturalPerson",
                        "s3.carriedOver.total"));
        assertThat(format.rules()).filteredOn(rule -> rule.id().equals("X-2")).singleElement()
                .satisfies(rule -> assertThat(rule.cells()).isEmpty());
    }

    @Test
    void theCrossYearDocumentRulesReadNoCellsOfTheTrialFormat() {
        FormatDescription format = catalogue.describe("2019");

        assertThat(format.rules()).filteredOn(rule -> rule.id().equals("T2-3")).singleElement()
                .satisfies(rule -> assertThat(rule.cells()).isEmpty());
    }

    @Test
    void refusesAFormatThatDoesNotExist() {
        assertThatThrownBy(() -> catalogue.require("2018")).isInstanceOf(UnknownFormatException.class)
                .hasMessage("未知的报告格式：2018");
    }
}
