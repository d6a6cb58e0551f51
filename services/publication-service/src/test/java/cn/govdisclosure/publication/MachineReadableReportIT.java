package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.format.CellDefinition;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.report.ReportContent;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/** A published version as JSON with every cell labelled, and as a CSV file that Excel opens on Chinese Windows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineReadableReportIT extends RunningPublicationService {

    private static final int YEAR = 2023;
    private static final String AGENCY = PublicationFixtures.agency(701);
    private static final String REPORT_ID = PublicationFixtures.reportId(AGENCY, YEAR);
    private static final ReportContent REPORT = PublicationFixtures.zezhouReport();
    private static final List<CellDefinition> LAYOUT = List.copyOf(ReportFormats.FORMAT_2021.cells().values());

    @BeforeAll
    void publishTheReport() throws Exception {
        produce(PublicationFixtures.onSubmissionEvents(REPORT_ID, "accepted:" + REPORT_ID + ":1",
                PublicationFixtures.accepted(AGENCY, YEAR, 1, REPORT)));
        try (TopicProbe events = probe(Topics.PUBLICATION_EVENTS, REPORT_ID)) {
            events.await(1);
        }
    }

    @Test
    void labelsEveryCellOfTheJsonInLayoutOrderAndKeepsTheFigures() {
        CellDefinition first = LAYOUT.get(0);
        CellDefinition fee = ReportFormats.FORMAT_2021.cell("s2.fees.amount").orElseThrow();
        http().get().uri("/api/published/{creditCode}/{year}/v1", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.figures['s2.fees.amount']").isEqualTo(0)
                .jsonPath("$.cells.length()").isEqualTo(LAYOUT.size())
                .jsonPath("$.cells[*].cellId").isEqualTo(LAYOUT.stream().map(CellDefinition::id).toList())
                .jsonPath("$.cells[0].table").isEqualTo(first.table().key())
                .jsonPath("$.cells[0].label").isEqualTo(first.label())
                .jsonPath("$.cells[0].value").isEqualTo(REPORT.figure(first.id()).intValue())
                .jsonPath("$.cells[?(@.cellId == 's2.fees.amount')].label").isEqualTo(List.of(fee.label()))
                .jsonPath("$.cells[?(@.cellId == 's2.fees.amount')].table").isEqualTo(List.of("二"));
        http().get().uri("/api/published/{creditCode}/{year}", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.cells.length()").isEqualTo(LAYOUT.size());
    }

    @Test
    void servesEveryFigureAsCsvWithLabelsAndAByteOrderMark() throws Exception {
        byte[] body = http().get().uri("/api/published/{creditCode}/{year}/v1.csv", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .expectHeader().valueMatches("Content-Disposition", ".*" + AGENCY + "-2023-v1\\.csv.*")
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();

        assertThat(LAYOUT).hasSize(200);
        assertThat(rows).hasSize(200);
        assertThat(text).startsWith("cellId,table,label,value\r\n");
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            CellDefinition cell = LAYOUT.get(i);
            assertThat(row.get("cellId")).isEqualTo(cell.id());
            assertThat(row.get("table")).isEqualTo(cell.table().key());
            assertThat(row.get("label")).isEqualTo(cell.label());
            assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo(REPORT.figure(cell.id()));
        }
    }

    @Test
    void thePortalPageLinksItsDataAndTheFeed() {
        String html = http().get().uri("/portal/reports/{creditCode}/{year}", AGENCY, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);

        String csv = page.select("a.download-csv").attr("href");
        assertThat(csv).isEqualTo("/api/published/" + AGENCY + "/" + YEAR + "/v1.csv");
        assertThat(page.select("a.download-json").attr("href"))
                .isEqualTo("/api/published/" + AGENCY + "/" + YEAR + "/v1");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/portal/feed.atom");
        http().get().uri(csv).exchange().expectStatus().isOk();
    }

    @Test
    void servesTheLatestVersionAsCsvToo() throws Exception {
        byte[] body = http().get().uri("/api/published/{creditCode}/{year}.csv", AGENCY, YEAR).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords()).hasSize(201);
    }

    @Test
    void answersTheCsvOfAnUnknownVersionWithProblemJson() {
        http().get().uri("/api/published/{creditCode}/{year}/v9.csv", AGENCY, YEAR).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
