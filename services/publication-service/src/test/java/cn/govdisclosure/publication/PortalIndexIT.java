package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal's front page lists every report by year, region and agency, finds agencies by part of their name,
 * narrows to a region, and pages through the rest with the filters kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIndexIT extends RunningPublicationService {

    /* Report years no other test publishes. */
    private static final int YEAR = 2032;
    private static final int BUSY_YEAR = 2033;
    private static final int BUSY_REPORTS = 22;
    private static final String JINCHENG_STATISTICS = PublicationFixtures.agency(1201);
    private static final String ZEZHOU_STATISTICS = PublicationFixtures.agency(1202);
    private static final String DONGCHENG_STATISTICS = PublicationFixtures.agency(1203);
    private static final String LINGCHUAN_HRSS = PublicationFixtures.agency(1204);

    @BeforeAll
    void publish() throws Exception {
        publish(ZEZHOU_STATISTICS, "泽州县统计局", "140525", YEAR);
        publish(LINGCHUAN_HRSS, "陵川县人力资源和社会保障局", "140524", YEAR);
        publish(JINCHENG_STATISTICS, "晋城市统计局", "140500", YEAR);
        publish(DONGCHENG_STATISTICS, "北京市东城区统计局", "110101", YEAR);
        publish(JINCHENG_STATISTICS, "晋城市统计局", "140500", BUSY_YEAR);
        for (int i = 1; i < BUSY_REPORTS; i++) {
            publish(PublicationFixtures.agency(1300 + i), "泽州县第" + i + "局", "140525", BUSY_YEAR);
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                total(index("/portal/?year=" + BUSY_YEAR)) == BUSY_REPORTS && total(index("/portal/?year=" + YEAR)) == 4);
    }

    @Test
    void listsAYearsReportsByRegionThenAgencyEachLinkingToItsPage() {
        Element year = index("/portal/?year=" + YEAR).selectFirst("section.year-group[data-year=" + YEAR + "]");

        assertThat(year.selectFirst("h2").text()).isEqualTo("2032年度");
        assertThat(year.select("tbody tr").eachAttr("data-credit-code"))
                .containsExactly(DONGCHENG_STATISTICS, JINCHENG_STATISTICS, LINGCHUAN_HRSS, ZEZHOU_STATISTICS);
        Element first = year.selectFirst("tbody tr");
        assertThat(first.selectFirst("a").text()).isEqualTo("北京市东城区统计局2032年政府信息公开工作年度报告");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/portal/reports/" + DONGCHENG_STATISTICS + "/2032");
        assertThat(first.select("td").get(1).text()).isEqualTo("110101");
        assertThat(first.select("td").get(2).text()).isEqualTo("第1版");
    }

    @Test
    void findsAgenciesByPartOfTheirChineseName() {
        assertThat(codes(index("/portal/?year=" + YEAR + "&agency=" + "统计局")))
                .containsExactly(DONGCHENG_STATISTICS, JINCHENG_STATISTICS, ZEZHOU_STATISTICS);
        assertThat(codes(index("/portal/?year=" + YEAR + "&agency=" + "人力资源"))).containsExactly(LINGCHUAN_HRSS);
        assertThat(index("/portal/?year=" + YEAR + "&agency=" + "公安").selectFirst(".result-count").text())
                .isEqualTo("没有符合条件的报告。");
    }

    @Test
    void narrowsToARegionAndItsSubRegions() {
        assertThat(codes(index("/portal/?year=" + YEAR + "&region=140500")))
                .containsExactly(JINCHENG_STATISTICS, LINGCHUAN_HRSS, ZEZHOU_STATISTICS);
        assertThat(codes(index("/portal/?year=" + YEAR + "&region=140525"))).containsExactly(ZEZHOU_STATISTICS);
        assertThat(codes(index("/portal/?year=" + YEAR + "&region=140000&agency=统计")))
                .containsExactly(JINCHENG_STATISTICS, ZEZHOU_STATISTICS);
    }

    @Test
    void groupsAnAgencysReportsByYearLatestFirst() {
        Document page = index("/portal/?agency=" + JINCHENG_STATISTICS);

        assertThat(page.select("section.year-group").eachAttr("data-year")).containsExactly("2033", "2032");
    }

    @Test
    void pagesThroughTheReportsKeepingTheFilters() {
        Document first = index("/portal/?year=" + BUSY_YEAR);
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.selectFirst(".result-count").text()).isEqualTo("共 22 份报告，第 1/2 页。");
        assertThat(first.selectFirst("a[rel=prev]")).isNull();
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/portal/?year=2033&page=1");

        Document second = index(next);
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(second.selectFirst("a[rel=next]")).isNull();
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/portal/?year=2033");
        assertThat(index("/portal/?year=" + BUSY_YEAR + "&agency=泽州县第&page=1").selectFirst("a[rel=prev]")
                .attr("href")).isEqualTo("/portal/?year=2033&agency=%E6%B3%BD%E5%B7%9E%E5%8E%BF%E7%AC%AC");
    }

    @Test
    void offersEveryYearWithItsNumberOfReports() {
        Document page = index("/portal/?year=" + YEAR + "&region=140500");
        List<Element> years = page.select("ul.facets a");

        assertThat(years.get(0).text()).isEqualTo("全部年度");
        assertThat(years.get(0).attr("href")).isEqualTo("/portal/?region=140500");
        Element busy = years.stream().filter(year -> year.text().startsWith("2033年度")).findFirst().orElseThrow();
        assertThat(busy.text()).isEqualTo("2033年度（22）");
        assertThat(busy.attr("href")).isEqualTo("/portal/?year=2033&region=140500");
        assertThat(page.select("ul.facets a[aria-current=page]").eachText()).containsExactly("2032年度（4）");
    }

    @Test
    void isAnAccessiblePageForPhonesToo() {
        Document page = index("/portal/");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        for (String field : List.of("agency", "region", "year")) {
            assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
            assertThat(page.select("input#" + field)).as(field).hasSize(1);
        }
        assertThat(page.select("table.data thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(page.select("table.data caption")).isNotEmpty();
        assertThat(page.select("header.masthead a[aria-current=page]").eachText()).containsExactly("全部报告");
    }

    @Test
    void namesWhatIsWrongWithTheFilters() {
        String body = http().get().uri("/portal/?year=20x3&region=1405&page=-1").exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();

        assertThat(Jsoup.parse(body).select(".problems p").eachText()).containsExactly(
                "报告年度应为四位数字，如 2023", "行政区划代码应为6位数字，如 140500", "页码应为不小于0的整数");
        assertThat(Jsoup.parse(body).select("#year").attr("value")).isEqualTo("20x3");
    }

    @Test
    void sendsTheOldListingAddressToTheIndex() {
        http().get().uri("/portal/reports?year=2032").exchange()
                .expectStatus().isEqualTo(301)
                .expectHeader().location("/portal/?year=2032");
        http().get().uri("/portal").exchange().expectStatus().isOk();
    }

    private void publish(String creditCode, String name, String regionCode, int year) throws Exception {
        String reportId = PublicationFixtures.reportId(creditCode, year);
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                PublicationFixtures.accepted(creditCode, name, regionCode, year, PublicationFixtures.zezhouReport())));
    }

    private Document index(String path) {
        return Jsoup.parse(http().get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private static long total(Document page) {
        Element total = page.selectFirst(".result-count .total");
        return total == null ? 0 : Long.parseLong(total.text());
    }

    private static List<String> codes(Document page) {
        return page.select("section.year-group tbody tr").eachAttr("data-credit-code");
    }
}
