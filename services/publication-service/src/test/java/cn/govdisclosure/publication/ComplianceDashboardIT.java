package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.kernel.submission.ReportAcceptedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

/**
 * The deadline dashboard for 杭州市 (330100) and the 2021 reports: agencies registered through the submission
 * service's messages, reports published at chosen moments. In time, late and missing agencies, in the city's own
 * level and its districts; people's governments with the 31 March deadline, one of them a department until its kind
 * was corrected; a publication a minute before and one at midnight after the deadline, by the clock in China.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceDashboardIT extends RunningPublicationService {

    /* A report year no other test publishes. */
    private static final int YEAR = 2021;
    private static final String CITY_GOVERNMENT = PublicationFixtures.agency(1101);
    private static final String CITY_STATISTICS = PublicationFixtures.agency(1102);
    private static final String SHANGCHENG_HRSS = PublicationFixtures.agency(1103);
    private static final String SHANGCHENG_STATISTICS = PublicationFixtures.agency(1104);
    private static final String SHANGCHENG_GOVERNMENT = PublicationFixtures.agency(1105);
    private static final String XIHU_EDUCATION = PublicationFixtures.agency(1106);
    private static final String XIHU_GOVERNMENT = PublicationFixtures.agency(1107);
    private static final String YUHANG_GOVERNMENT = PublicationFixtures.agency(1108);
    private static final String NINGBO_STATISTICS = PublicationFixtures.agency(1109);
    private static final String XIAOSHAN_UNREGISTERED = PublicationFixtures.agency(1110);

    @BeforeAll
    void registerAgenciesAndPublish() throws Exception {
        register(CITY_GOVERNMENT, "杭州市人民政府", "330100", AgencyKind.PEOPLES_GOVERNMENT);
        register(CITY_STATISTICS, "杭州市统计局", "330100", AgencyKind.DEPARTMENT);
        register(SHANGCHENG_HRSS, "上城区人力资源和社会保障局", "330102", AgencyKind.DEPARTMENT);
        register(SHANGCHENG_STATISTICS, "上城区统计局", "330102", AgencyKind.DEPARTMENT);
        register(SHANGCHENG_GOVERNMENT, "上城区人民政府", "330102", AgencyKind.PEOPLES_GOVERNMENT);
        register(XIHU_EDUCATION, "西湖区教育局", "330106", AgencyKind.DEPARTMENT);
        // delivered again, and a stale copy under another id: neither changes anything
        register(XIHU_EDUCATION, "西湖区教育局", "330106", AgencyKind.DEPARTMENT);
        produce(PublicationFixtures.agencyRegistered("stale:" + XIHU_EDUCATION, XIHU_EDUCATION,
                "西湖区教体局", "330106", AgencyKind.PEOPLES_GOVERNMENT));
        register(XIHU_GOVERNMENT, "西湖区人民政府", "330106", AgencyKind.DEPARTMENT);
        produce(PublicationFixtures.agencyKindChanged("kind:" + XIHU_GOVERNMENT, XIHU_GOVERNMENT,
                AgencyKind.PEOPLES_GOVERNMENT));
        register(YUHANG_GOVERNMENT, "余杭区人民政府", "330110", AgencyKind.PEOPLES_GOVERNMENT);
        register(NINGBO_STATISTICS, "宁波市统计局", "330200", AgencyKind.DEPARTMENT);

        try {
            publish(CITY_STATISTICS, "杭州市统计局", "330100", YEAR, received(12), "2022-01-20T02:00:00Z");
            publish(SHANGCHENG_HRSS, "上城区人力资源和社会保障局", "330102", YEAR, received(0), "2022-01-31T15:59:00Z");
            publish(SHANGCHENG_STATISTICS, "上城区统计局", "330102", YEAR, received(0), "2022-01-31T16:00:00Z");
            publish(XIHU_GOVERNMENT, "西湖区人民政府", "330106", YEAR, received(0), "2022-03-01T02:00:00Z");
            publish(CITY_GOVERNMENT, "杭州市人民政府", "330100", YEAR, received(0), "2022-03-20T02:00:00Z");
            publish(SHANGCHENG_GOVERNMENT, "上城区人民政府", "330102", YEAR, received(0), "2022-04-02T02:00:00Z");
            publish(NINGBO_STATISTICS, "宁波市统计局", "330200", YEAR, received(0), "2022-01-10T02:00:00Z");
            publish(XIAOSHAN_UNREGISTERED, "萧山区统计局", "330109", YEAR, received(0), "2022-01-12T02:00:00Z");
            correct(CITY_STATISTICS, "杭州市统计局", "2022-05-06T02:00:00Z");
            publish(CITY_STATISTICS, "杭州市统计局", "330100", 2022, received(30), "2023-01-18T02:00:00Z");
            publish(CITY_STATISTICS, "杭州市统计局", "330100", 2023, received(21), "2024-01-16T02:00:00Z");
        } finally {
            TestClock.INSTANCE.useSystemTime();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(dashboard("330000")).size() == 9);
    }

    @Test
    void countsTheCitysAgenciesByHowTheyStandAgainstTheirDeadline() {
        Document page = dashboard("330100");

        assertThat(text(page, ".counts .registered")).isEqualTo("8");
        assertThat(text(page, ".counts .on-time")).isEqualTo("4");
        assertThat(text(page, ".counts .late")).isEqualTo("2");
        assertThat(text(page, ".counts .missing")).isEqualTo("2");
        assertThat(text(page, ".counts .not-yet-due")).isEqualTo("0");
        assertThat(text(page, ".counts .share")).isEqualTo("50%");
        assertThat(rows(page)).isEqualTo(Map.of(
                CITY_GOVERNMENT, "ON_TIME", CITY_STATISTICS, "ON_TIME", SHANGCHENG_HRSS, "ON_TIME",
                XIHU_GOVERNMENT, "ON_TIME", SHANGCHENG_STATISTICS, "LATE", SHANGCHENG_GOVERNMENT, "LATE",
                XIHU_EDUCATION, "MISSING", YUHANG_GOVERNMENT, "MISSING"));
    }

    @Test
    void judgesPeoplesGovernmentsByTheThirtyFirstOfMarchAndACorrectedKindByItsNewDeadline() {
        Element cityGovernment = row(dashboard("330100"), CITY_GOVERNMENT);
        Element xihu = row(dashboard("330100"), XIHU_GOVERNMENT);
        Element shangcheng = row(dashboard("330100"), SHANGCHENG_GOVERNMENT);

        assertThat(cityGovernment.selectFirst(".deadline").text()).isEqualTo("2022年3月31日");
        assertThat(cityGovernment.selectFirst(".kind").text()).isEqualTo("县级以上人民政府");
        assertThat(xihu.selectFirst(".kind").text()).isEqualTo("县级以上人民政府");
        assertThat(xihu.selectFirst(".published-on").text()).isEqualTo("2022年3月1日");
        assertThat(shangcheng.selectFirst(".days-late").text()).isEqualTo("2");
    }

    @Test
    void takesTheDayOfPublicationInChina() {
        Document page = dashboard("330100");

        assertThat(row(page, SHANGCHENG_HRSS).selectFirst(".published-on").text()).isEqualTo("2022年1月31日");
        assertThat(row(page, SHANGCHENG_STATISTICS).selectFirst(".published-on").text()).isEqualTo("2022年2月1日");
        assertThat(row(page, SHANGCHENG_STATISTICS).selectFirst(".days-late").text()).isEqualTo("1");
        assertThat(row(page, SHANGCHENG_STATISTICS).selectFirst(".deadline").text()).isEqualTo("2022年1月31日");
    }

    @Test
    void judgesTheFirstPublicationNotALaterCorrection() {
        Element cityStatistics = row(dashboard("330100"), CITY_STATISTICS);

        assertThat(cityStatistics.attr("data-status")).isEqualTo("ON_TIME");
        assertThat(cityStatistics.selectFirst(".published-on").text()).isEqualTo("2022年1月20日");
        assertThat(cityStatistics.selectFirst("a").attr("href"))
                .isEqualTo("/portal/reports/" + CITY_STATISTICS + "/" + YEAR);
    }

    @Test
    void keepsARegistrationDeliveredTwiceOnceAndIgnoresAStaleCopy() {
        Document page = dashboard("330106");

        assertThat(page.select("tr[data-credit-code=" + XIHU_EDUCATION + "]")).hasSize(1);
        assertThat(row(page, XIHU_EDUCATION).text()).contains("西湖区教育局").contains("部门等行政机关");
    }

    @Test
    void linesUpTheSubRegionsWithTheCitysOwnLevel() {
        Map<String, List<String>> lines = dashboard("330100").select("table.sub-regions tbody tr").stream()
                .collect(Collectors.toMap(line -> line.attr("data-region"), line -> line.select("td").eachText()));

        // registered, on time, late, missing, not yet due
        assertThat(lines).isEqualTo(Map.of(
                "330100", List.of("2", "2", "0", "0", "0"),
                "330106", List.of("2", "1", "0", "1", "0"),
                "330102", List.of("3", "1", "2", "0", "0"),
                "330110", List.of("1", "0", "0", "1", "0")));
        Element own = dashboard("330100").selectFirst("tr[data-region=330100] th");
        assertThat(own.text()).isEqualTo("330100（本级）");
        assertThat(dashboard("330100").selectFirst("tr[data-region=330102] a").attr("href"))
                .isEqualTo("/portal/compliance?region=330102&year=" + YEAR);
    }

    @Test
    void showsAProvinceByItsCitiesAndACountyByItself() {
        Document province = dashboard("330000");
        Document county = dashboard("330102");

        assertThat(province.select("table.sub-regions tbody tr").eachAttr("data-region"))
                .containsExactly("330100", "330200");
        assertThat(text(province, ".counts .registered")).isEqualTo("9");
        assertThat(rows(county).keySet())
                .containsExactlyInAnyOrder(SHANGCHENG_HRSS, SHANGCHENG_STATISTICS, SHANGCHENG_GOVERNMENT);
        assertThat(rows(dashboard("110000"))).isEmpty();
    }

    @Test
    void saysWhenAnAgencyPublishedWithoutBeingRegistered() {
        assertThat(dashboard("330100").selectFirst(".unregistered").text()).contains("1 个机关");
        assertThat(dashboard("330102").selectFirst(".unregistered")).isNull();
    }

    @Test
    void drawsThePublicationsOfEachDayAgainstBothDeadlines() {
        Element chart = dashboard("330100").selectFirst("figure.chart svg");

        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("title").text()).isEqualTo("2021年度报告每日公开数量");
        assertThat(chart.select("g.bar").stream().collect(Collectors.toMap(bar -> bar.attr("data-day"),
                bar -> bar.attr("data-on-time") + "+" + bar.attr("data-late"))))
                .isEqualTo(Map.of("2022-01-20", "1+0", "2022-01-31", "1+0", "2022-02-01", "0+1",
                        "2022-03-01", "1+0", "2022-03-20", "1+0", "2022-04-02", "0+1"));
        assertThat(chart.select("g.bar rect.bar-late")).hasSize(2);
        assertThat(chart.select("g.deadline-line").eachAttr("data-deadline"))
                .containsExactly("2022-01-31", "2022-03-31");
        assertThat(chart.select(".deadline-label").eachText())
                .containsExactly("1月31日 部门等行政机关截止", "3月31日 县级以上人民政府截止");
        double january31 = Double.parseDouble(chart.selectFirst("g.deadline-line line").attr("x1"));
        double february1 = Double.parseDouble(chart.selectFirst("g.bar[data-day=2022-02-01] rect").attr("x"));
        double january31Bar = Double.parseDouble(chart.selectFirst("g.bar[data-day=2022-01-31] rect").attr("x"));
        assertThat(january31Bar).isLessThan(january31);
        assertThat(february1).isGreaterThan(january31);
        assertThat(chart.selectFirst("desc").text()).contains("共公开6份，其中逾期2份");
    }

    @Test
    void countsAnUnpublishedPeoplesGovernmentAsNotYetDueBeforeTheThirtyFirstOfMarch() {
        TestClock.INSTANCE.fixAt(Instant.parse("2022-02-15T04:00:00Z"));
        Document page;
        try {
            page = dashboard("330100");
        } finally {
            TestClock.INSTANCE.useSystemTime();
        }

        assertThat(row(page, YUHANG_GOVERNMENT).attr("data-status")).isEqualTo("NOT_YET_DUE");
        assertThat(row(page, XIHU_EDUCATION).attr("data-status")).isEqualTo("MISSING");
        assertThat(row(page, XIHU_EDUCATION).selectFirst(".days-late").text()).isEqualTo("15");
        assertThat(text(page, ".as-of")).isEqualTo("2022年2月15日");
    }

    @Test
    void asksForARegionAndNamesABadOne() {
        EntityExchangeResult<String> empty = http().get().uri("/portal/compliance").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        EntityExchangeResult<String> bad = http().get().uri("/portal/compliance?region=1405&year=21").exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult();

        assertThat(Jsoup.parse(empty.getResponseBody()).select("form input[name=region]")).hasSize(1);
        assertThat(Jsoup.parse(empty.getResponseBody()).select("table.agencies")).isEmpty();
        assertThat(Jsoup.parse(bad.getResponseBody()).selectFirst(".problems").text())
                .contains("行政区划代码应为6位数字").contains("报告年度应为四位数字");
        assertThat(bad.getResponseHeaders().getContentType().toString()).startsWith("text/html");
    }

    @Test
    void showsTheTrendOfApplicationsReceivedOnTheAgencysReportPage() {
        Document page = Jsoup.parse(http().get().uri("/portal/reports/{code}/{year}", CITY_STATISTICS, YEAR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        List<Element> years = page.select("table.applications-trend tbody tr");
        assertThat(years).extracting(year -> year.attr("data-year")).containsExactly("2021", "2022", "2023");
        assertThat(years).extracting(year -> year.selectFirst(".received").text()).containsExactly("12", "30", "21");
        assertThat(years).extracting(year -> year.selectFirst(".change").text()).containsExactly("", "+18", "-9");
        assertThat(years.get(0).selectFirst(".current").text()).isEqualTo("2021年度（本报告）");
        assertThat(years.get(1).selectFirst("a").attr("href")).isEqualTo("/portal/reports/" + CITY_STATISTICS + "/2022");
        assertThat(page.select("svg.trend-chart rect.trend-bar")).hasSize(3);
        assertThat(page.select("svg.trend-chart rect.trend-bar.current")).hasSize(1);
        assertThat(page.select("section.report-table td[data-cell=s3.received.total]").text())
                .as("the correction kept the figure").isEqualTo("12");
    }

    private void register(String creditCode, String name, String regionCode, AgencyKind kind) throws Exception {
        produce(PublicationFixtures.agencyRegistered("registered:" + creditCode, creditCode, name, regionCode, kind));
    }

    /** Publishes the agency's report at {@code at}: the service's clock says so until the publication is out. */
    private void publish(String creditCode, String name, String regionCode, int year, ReportContent content,
                         String at) throws Exception {
        String reportId = PublicationFixtures.reportId(creditCode, year);
        TestClock.INSTANCE.fixAt(Instant.parse(at));
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":1",
                PublicationFixtures.accepted(creditCode, name, regionCode, year, content)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
            events.await(1);
        }
    }

    private void correct(String creditCode, String name, String at) throws Exception {
        String reportId = PublicationFixtures.reportId(creditCode, YEAR);
        TestClock.INSTANCE.fixAt(Instant.parse(at));
        ReportContent corrected = PublicationFixtures.corrected(received(12), "s2.fees.amount", new BigDecimal("0.35"));
        produce(PublicationFixtures.onSubmissionEvents(reportId, "accepted:" + reportId + ":2",
                new ReportAcceptedEvent(reportId, creditCode, name, "330100", YEAR, "2021", 2, corrected, List.of(),
                        RuleSet.VERSION, Instant.parse(at), null, "更正第二张表收费金额")));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, reportId)) {
            events.await(2);
        }
    }

    private static ReportContent received(int applications) {
        return PublicationFixtures.corrected(PublicationFixtures.zezhouReport(), "s3.received.total",
                BigDecimal.valueOf(applications));
    }

    private Document dashboard(String region) {
        return Jsoup.parse(http().get().uri("/portal/compliance?region={region}&year={year}", region, YEAR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** Each listed agency's status, by credit code. */
    private static Map<String, String> rows(Document page) {
        return page.select("table.agencies tbody tr").stream()
                .collect(Collectors.toMap(row -> row.attr("data-credit-code"), row -> row.attr("data-status")));
    }

    private static Element row(Document page, String creditCode) {
        return page.selectFirst("table.agencies tr[data-credit-code=" + creditCode + "]");
    }

    private static String text(Document page, String selector) {
        return page.selectFirst(selector).text();
    }
}
