package cn.govdisclosure.publication;

import static cn.govdisclosure.publication.PublicationFixtures.ZEZHOU;
import static cn.govdisclosure.publication.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.publication.ReportPublishedEvent;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import java.math.BigDecimal;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example report, accepted once: published as version 1, announced, served as JSON and as a portal page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingAcceptedReportIT extends RunningPublicationService {

    private static final int YEAR = 2023;
    private static final String REPORT_ID = PublicationFixtures.reportId(ZEZHOU, YEAR);
    private static final String URL = PUBLIC_BASE_URL + "/portal/reports/" + ZEZHOU + "/2023/v1";
    private static final ReportContent REPORT = PublicationFixtures.zezhouReport();

    @BeforeAll
    void acceptTheExampleReport() throws Exception {
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":1",
                PublicationFixtures.accepted(ZEZHOU, YEAR, 1, REPORT)));
    }

    @Test
    void tellsTheSubmissionServiceWhereTheReportIsPublished() {
        try (TopicProbe commands = probe(Topics.SUBMISSION_COMMANDS, REPORT_ID)) {
            ConsumerRecord<String, byte[]> record = commands.await(1).get(0);

            assertThat(header(record, MessageHeaders.MESSAGE_ID)).isEqualTo("publication:" + REPORT_ID + ":1");
            assertThat(header(record, MessageHeaders.MESSAGE_TYPE)).isEqualTo("submission.MarkReportPublished");
            assertThat(header(record, MessageHeaders.MESSAGE_REVISION)).isEqualTo("1");
            assertThat(header(record, MessageHeaders.SENDER)).isEqualTo("publication-service");
            MarkReportPublishedCommand command = payload(record, MarkReportPublishedCommand.class);
            assertThat(command.reportId()).isEqualTo(REPORT_ID);
            assertThat(command.submissionNumber()).isEqualTo(1);
            assertThat(command.version()).isEqualTo(1);
            assertThat(command.url()).isEqualTo(URL);
        }
    }

    @Test
    void announcesThePublicationWithTheContentAsStored() {
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            ConsumerRecord<String, byte[]> record = events.await(1).get(0);

            assertThat(header(record, MessageHeaders.MESSAGE_ID)).isEqualTo("published:" + ZEZHOU + ":2023:v1");
            assertThat(header(record, MessageHeaders.MESSAGE_TYPE)).isEqualTo("publication.ReportPublished");
            assertThat(header(record, MessageHeaders.SENDER)).isEqualTo("publication-service");
            ReportPublishedEvent published = payload(record, ReportPublishedEvent.class);
            assertThat(published.version()).isEqualTo(1);
            assertThat(published.creditCode()).isEqualTo(ZEZHOU);
            assertThat(published.agencyName()).isEqualTo("泽州县人力资源和社会保障局");
            assertThat(published.formatId()).isEqualTo("2021");
            assertThat(published.url()).isEqualTo(URL);
            assertThat(published.content().sections()).isEqualTo(REPORT.sections());
            assertThat(published.content().figures()).hasSameSizeAs(REPORT.figures());
            REPORT.figures().forEach((cellId, value) ->
                    assertThat(published.content().figure(cellId)).as(cellId).isEqualByComparingTo(value));
        }
    }

    @Test
    void servesEveryFigureAsItWasAccepted() {
        awaitPublication();

        JsonNode report = json(http().get().uri("/api/published/{creditCode}/{year}", ZEZHOU, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(report.get("reportId").asString()).isEqualTo(REPORT_ID);
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("submissionNumber").asInt()).isEqualTo(1);
        assertThat(report.get("url").asString()).isEqualTo(URL);
        assertThat(report.get("regionCode").asString()).isEqualTo("140525");
        assertThat(report.get("ruleSetVersion").asString()).isNotBlank();
        assertThat(report.get("publishedAt").asString()).isNotBlank();
        assertThat(report.get("versions").values()).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(report.get("figures").size()).isEqualTo(REPORT.figures().size());
        REPORT.figures().forEach((cellId, value) ->
                assertThat(report.get("figures").get(cellId).decimalValue()).as(cellId).isEqualByComparingTo(value));
        assertThat(report.get("figures").get("s4.litigationDirect.total").asInt()).isEqualTo(17);
        REPORT.sections().forEach((key, text) ->
                assertThat(report.get("sections").get(key).asString()).as(key).isEqualTo(text));
        assertThat(report.get("warnings").get(0).get("ruleId").asString()).isEqualTo("X-4");
        assertThat(report.get("warnings").get(0).get("message").asString())
                .isEqualTo(PublicationFixtures.REVIEWS_WITHOUT_APPLICATIONS.message());
    }

    @Test
    void servesTheSameVersionUnderItsNumber() {
        awaitPublication();

        http().get().uri("/api/published/{creditCode}/{year}/v1", ZEZHOU, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.figures['s4.review.total']").isEqualTo(2);
    }

    @Test
    void showsThePortalPageInTheNationalLayout() {
        awaitPublication();

        Document page = portalPage("/portal/reports/{creditCode}/{year}");

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.title()).isEqualTo("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");
        assertThat(page.select("h1").text()).isEqualTo(page.title());
        assertThat(page.select("h2").eachText()).containsSubsequence("一、总体情况", "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                "六、其他需要报告的事项");
        assertThat(page.select("#part-overview p").eachText())
                .contains("（二）依申请公开方面", "2023年度我局未收到依申请公开。");
        assertThat(page.select("#part-other p").text()).endsWith("<script>alert(1)</script>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".warnings li").text()).contains("警告", "X-4",
                PublicationFixtures.REVIEWS_WITHOUT_APPLICATIONS.message());
        assertThat(page.select(".version").text()).isEqualTo("第1版");
        assertThat(page.select(".versions")).isEmpty();
    }

    @Test
    void printsTable4AsTheNationalFormatDoes() {
        awaitPublication();

        Element table = portalPage("/portal/reports/{creditCode}/{year}/v1").selectFirst("#table-s4 table");

        Elements headRows = table.select("thead tr");
        assertThat(headRows).hasSize(3);
        assertThat(headRows.get(0).select("th").eachText()).containsExactly("行政复议", "行政诉讼");
        assertThat(headRows.get(0).select("th").eachAttr("colspan")).containsExactly("5", "10");
        assertThat(headRows.get(0).select("th").eachAttr("scope")).containsOnly("colgroup");
        assertThat(headRows.get(1).select("th").eachText()).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结",
                "总计", "未经复议直接起诉", "复议后起诉");
        assertThat(headRows.get(1).select("th[rowspan=2]")).hasSize(5);
        List<String> figures = table.select("tbody tr").get(0).select("td").eachText();
        assertThat(figures).containsExactly("1", "1", "0", "0", "2", "9", "4", "0", "4", "17", "0", "0", "0", "0", "0");
        assertThat(table.select("td[data-cell=s4.review.total]").text()).isEqualTo("2");
        assertThat(table.select("td[data-cell=s4.litigationDirect.total]").text()).isEqualTo("17");
        String[] headers = table.select("td[data-cell=s4.litigationDirect.total]").attr("headers").split(" ");
        assertThat(headers).extracting(id -> table.getElementById(id).text())
                .containsExactly("行政诉讼", "未经复议直接起诉", "总计");
    }

    @Test
    void printsTable3WithItsMergedHeadersAndCaptions() {
        awaitPublication();

        Element table = portalPage("/portal/reports/{creditCode}/{year}").selectFirst("#table-s3 table");

        Element note = table.selectFirst("thead tr td");
        assertThat(note.text()).startsWith("（本列数据的勾稽关系为");
        assertThat(note.attr("colspan")).isEqualTo("3");
        assertThat(note.attr("rowspan")).isEqualTo("3");
        assertThat(table.selectFirst("th:containsOwn(申请人情况)").attr("colspan")).isEqualTo("7");
        assertThat(table.selectFirst("th:containsOwn(法人或其他组织)").attr("colspan")).isEqualTo("5");
        assertThat(table.selectFirst("th:containsOwn(自然人)").attr("rowspan")).isEqualTo("2");
        Element outcome = table.selectFirst("th:containsOwn(三、本年度办理结果)");
        assertThat(outcome.attr("rowspan")).isEqualTo("22");
        assertThat(outcome.attr("scope")).isEqualTo("rowgroup");
        assertThat(table.selectFirst("th:containsOwn(（三）不予公开)").attr("rowspan")).isEqualTo("8");
        assertThat(table.selectFirst("th:containsOwn(（七）总计)").attr("colspan")).isEqualTo("2");
        assertThat(table.select("tbody tr")).hasSize(25);
        assertThat(table.select("tbody th[scope=row]")).hasSize(25);
        assertThat(table.select("tbody td[data-cell]")).hasSize(175).extracting(Element::text).containsOnly("0");
    }

    @Test
    void printsTable2WithOneBodyPerArticleItem() {
        awaitPublication();

        Element table = portalPage("/portal/reports/{creditCode}/{year}").selectFirst("#table-s2 table");

        assertThat(table.select("tbody")).hasSize(4);
        assertThat(table.select("tbody > tr:first-child > th").eachText()).containsExactly("第二十条第（一）项",
                "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        Element normativeDocuments = table.selectFirst("th[scope=row]:containsOwn(行政规范性文件)").parent();
        assertThat(normativeDocuments.select("td").eachText()).containsExactly("1", "0", "1");
        assertThat(table.select("td[data-cell=s2.fees.amount]").attr("colspan")).isEqualTo("3");
        assertThat(table.select("td[data-cell=s2.coercion.decisions]").text()).isEqualTo("0");
    }

    @Test
    void countsPublicationsForPrometheus() {
        awaitPublication();

        String metrics = http().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("publication_reports_published_total(\\{[^}]*})? [1-9]");
    }

    private boolean published;

    private void awaitPublication() {
        if (!published) {
            try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
                events.await(1);
            }
            published = true;
        }
    }

    private Document portalPage(String path) {
        String html = http().get().uri(path, ZEZHOU, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(html);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }
}
