package cn.govdisclosure.publication.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.format.layout.TableLayout;
import cn.govdisclosure.kernel.rules.Severity;
import cn.govdisclosure.kernel.rules.Violation;
import cn.govdisclosure.publication.query.PublishedReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPagesTest {

    @Test
    void placesTheTablesBetweenOverviewAndProblems() {
        ReportPage page = ReportPages.of(zezhouVersion(1, List.of(1)));

        assertThat(page.title()).isEqualTo("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");
        assertThat(page.partsBeforeTables()).extracting(ReportPage.NarrativePart::key)
                .containsExactly("preamble", "overview");
        assertThat(page.tables()).extracting(TableLayout::key).containsExactly("二", "三", "四");
        assertThat(page.partsAfterTables()).extracting(ReportPage.NarrativePart::heading)
                .containsExactly("五、存在的主要问题及改进情况", "六、其他需要报告的事项");
    }

    @Test
    void splitsNarrativeIntoParagraphsAtLineBreaks() {
        ReportPage page = ReportPages.of(zezhouVersion(1, List.of(1)));

        assertThat(page.partsBeforeTables().get(1).paragraphs())
                .containsExactly("（一）主动公开方面", "2023年度公开政府信息120条。");
    }

    @Test
    void datesThePublicationInChinaTime() {
        ReportPage page = ReportPages.of(zezhouVersion(1, List.of(1)));

        assertThat(page.publishedOn()).isEqualTo("2024年1月25日");
    }

    @Test
    void pointsAnEarlierVersionToTheLatest() {
        ReportPage page = ReportPages.of(zezhouVersion(1, List.of(1, 2)));

        assertThat(page.superseded()).isTrue();
        assertThat(page.latestPath()).isEqualTo("/portal/reports/" + KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE + "/2023/v2");
        assertThat(page.versions()).extracting(ReportPage.VersionLink::current).containsExactly(true, false);
    }

    @Test
    void showsWarningsWithTheirSeverityInChineseAndTheAgencysExplanation() {
        ReportPage page = ReportPages.of(zezhouVersion(2, List.of(1, 2)));

        assertThat(page.superseded()).isFalse();
        assertThat(page.warnings()).containsExactly(new ReportPage.WarningLine("X-4", "警告", "有复议诉讼但无申请",
                "涉及以前年度的申请"));
    }

    private static PublishedReport zezhouVersion(int version, List<Integer> versions) {
        String creditCode = KernelFixtures.ZEZHOU_HRSS_CREDIT_CODE;
        return new PublishedReport(creditCode + "-2023", creditCode, KernelFixtures.ZEZHOU_HRSS_NAME,
                KernelFixtures.ZEZHOU_REGION_CODE, 2023, "2021", version, version,
                Instant.parse("2024-01-24T16:30:00Z"), "http://portal.test/portal/reports/" + creditCode + "/2023/v"
                + version, KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021),
                Map.of("preamble", "统计期限自2023年1月1日起至2023年12月31日止。",
                        "overview", "（一）主动公开方面\n  2023年度公开政府信息120条。\n\n"),
                List.of(new Violation("X-4", Severity.WARNING, List.of("s4.review.total"), "有复议诉讼但无申请",
                        "涉及以前年度的申请")),
                "2021.1", versions, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", null);
    }
}
