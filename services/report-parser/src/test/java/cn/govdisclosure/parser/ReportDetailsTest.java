package cn.govdisclosure.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDetailsTest {

    @Test
    void readsAgencyAfterTheYearInTheTitle() {
        ParseResult result = parse("2023年泽州县人力资源和社会保障局政府信息公开工作年度报告\n正文。\n");
        assertThat(result.reportYear()).isEqualTo(2023);
        assertThat(result.agencyName()).isEqualTo("泽州县人力资源和社会保障局");
    }

    @Test
    void readsATitleSplitOverTwoLines() {
        ParseResult result = parse("泽州县人力资源和社会保障局\n2023年度政府信息公开工作年度报告\n正文。\n");
        assertThat(result.reportYear()).isEqualTo(2023);
        assertThat(result.agencyName()).isEqualTo("泽州县人力资源和社会保障局");
    }

    @Test
    void readsADateWrittenInChineseNumerals() {
        ParseResult result = parse("某某局2023年政府信息公开工作年度报告\n正文。\n某某局\n二〇二四年一月二十四日\n");
        assertThat(result.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(ReportDetails.withArabicNumbers("二〇二三年十二月三十一日")).isEqualTo("2023年12月31日");
    }

    @Test
    void takesTheYearFromTheReportingPeriodWhenTheTitleHasNone() {
        ParseResult result = parse("政府信息公开工作年度报告\n本报告统计期限自2022年1月1日起至2022年12月31日止。\n某某局\n2023年1月5日\n");
        assertThat(result.reportYear()).isEqualTo(2022);
        assertThat(result.agencyName()).isEqualTo("某某局");
    }

    private static ParseResult parse(String text) {
        return ParserFixtures.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
