package cn.govdisclosure.publication;

import static cn.govdisclosure.publication.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import java.math.BigDecimal;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/** A report accepted, corrected and accepted again: the correction is version 2, and version 1 stays public. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedReportIT extends RunningPublicationService {

    private static final int YEAR = 2024;
    private static final String AGENCY = PublicationFixtures.agency(3);
    private static final String REPORT_ID = PublicationFixtures.reportId(AGENCY, YEAR);
    private static final ReportContent FIRST = PublicationFixtures.zezhouReport();
    private static final ReportContent CORRECTION = PublicationFixtures.corrected(FIRST, "s2.fees.amount",
            new BigDecimal("0.35"));

    private static final String CORRECTION_REASON = "收费金额误将元作万元填报";

    @BeforeAll
    void acceptTheReportAndItsCorrection() throws Exception {
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":1",
                PublicationFixtures.accepted(AGENCY, YEAR, 1, FIRST)));
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":3",
                PublicationFixtures.correction(AGENCY, YEAR, 3, CORRECTION, CORRECTION_REASON)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            events.await(2);
        }
    }

    @Test
    void marksEachAcceptedSubmissionPublishedUnderItsOwnVersion() {
        try (TopicProbe commands = probe(Topics.SUBMISSION_COMMANDS, REPORT_ID)) {
            List<ConsumerRecord<String, byte[]>> marks = commands.await(2);

            assertThat(marks).extracting(record -> header(record, MessageHeaders.MESSAGE_ID))
                    .containsExactly("publication:" + REPORT_ID + ":1", "publication:" + REPORT_ID + ":3");
            assertThat(marks).extracting(record -> payload(record, MarkReportPublishedCommand.class))
                    .extracting(MarkReportPublishedCommand::version, MarkReportPublishedCommand::url)
                    .containsExactly(
                            tuple(1, PUBLIC_BASE_URL + "/portal/reports/" + AGENCY + "/2024/v1"),
                            tuple(2, PUBLIC_BASE_URL + "/portal/reports/" + AGENCY + "/2024/v2"));
        }
    }

    @Test
    void theCorrectionSaysWhyAndListsEveryChangedFigureWhileTheFirstVersionStays() {
        String corrected = http().get().uri("/portal/reports/{creditCode}/{year}/v2", AGENCY, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(corrected);

        assertThat(page.select("#correction-heading").text()).isEqualTo("更正说明");
        assertThat(page.select("section.correction p").first().text()).contains("更正第1版").contains(CORRECTION_REASON);
        org.jsoup.select.Elements changes = page.select("section.correction tbody tr");
        assertThat(changes).hasSize(1);
        assertThat(changes.first().attr("data-cell")).isEqualTo("s2.fees.amount");
        assertThat(changes.first().select("th").text()).isEqualTo("行政事业性收费·本年收费金额（单位：万元）");
        assertThat(changes.first().select("td").eachText()).containsExactly(
                FIRST.figure("s2.fees.amount").stripTrailingZeros().toPlainString(), "0.35");
        String first = http().get().uri("/portal/reports/{creditCode}/{year}/v1", AGENCY, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(org.jsoup.Jsoup.parse(first).select("section.correction")).isEmpty();
        http().get().uri("/api/published/{creditCode}/{year}/v2", AGENCY, YEAR).exchange()
                .expectBody().jsonPath("$.correctionReason").isEqualTo(CORRECTION_REASON);
    }

    @Test
    void servesTheCorrectionAsTheLatestVersion() {
        http().get().uri("/api/published/{creditCode}/{year}", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.submissionNumber").isEqualTo(3)
                .jsonPath("$.versions").isEqualTo(List.of(1, 2))
                .jsonPath("$.figures['s2.fees.amount']").isEqualTo(0.35);
    }

    @Test
    void keepsServingTheFirstVersion() {
        http().get().uri("/api/published/{creditCode}/{year}/v1", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.submissionNumber").isEqualTo(1)
                .jsonPath("$.versions").isEqualTo(List.of(1, 2))
                .jsonPath("$.figures['s2.fees.amount']").isEqualTo(0);
    }

    @Test
    void answersAVersionNotYetPublishedWithProblemJson() {
        http().get().uri("/api/published/{creditCode}/{year}/v3", AGENCY, YEAR).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("没有第3版"));
    }

    @Test
    void linksTheVersionsOfTheReportToEachOther() {
        Document first = portalPage("/portal/reports/{creditCode}/{year}/v1");
        Document latest = portalPage("/portal/reports/{creditCode}/{year}");

        assertThat(first.select(".notice a").attr("href")).endsWith("/portal/reports/" + AGENCY + "/2024/v2");
        assertThat(first.select(".versions a").eachText()).containsExactly("第2版");
        assertThat(first.select("td[data-cell=s2.fees.amount]").text()).isEqualTo("0");
        assertThat(latest.select(".notice")).isEmpty();
        assertThat(latest.select(".versions a").eachAttr("href"))
                .containsExactly("/portal/reports/" + AGENCY + "/2024/v1");
        assertThat(latest.select("[aria-current=page]").text()).isEqualTo("第2版（本页）");
        assertThat(latest.select("td[data-cell=s2.fees.amount]").text()).isEqualTo("0.35");
        assertThat(latest.select("link[rel=canonical]").attr("href"))
                .isEqualTo(PUBLIC_BASE_URL + "/portal/reports/" + AGENCY + "/2024/v2");
    }

    @Test
    void listsTheReportOnceAtItsLatestVersion() {
        http().get().uri("/api/published?year={year}&size=100", YEAR).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.reportId == '" + REPORT_ID + "')].version").isEqualTo(List.of(2))
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(100);
        Document listing = portalPage("/portal/?year=2024&agency=" + AGENCY);
        assertThat(listing.select("section.year-group a[href*=" + AGENCY + "]").eachAttr("href"))
                .containsExactly("/portal/reports/" + AGENCY + "/2024");
        assertThat(listing.select("tr[data-credit-code=" + AGENCY + "] td").eachText()).contains("第2版");
    }

    @Test
    void refusesAnOversizedPage() {
        http().get().uri("/api/published?size=1000").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("size");
    }

    private Document portalPage(String path) {
        return Jsoup.parse(http().get().uri(path, AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
