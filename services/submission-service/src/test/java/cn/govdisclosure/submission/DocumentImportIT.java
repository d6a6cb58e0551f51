package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The example report's published text, parsed and imported into a draft. */
class DocumentImportIT extends SubmissionServiceTestBase {

    private static final String OCTETS = "application/octet-stream";

    byte[] example;
    String reportId;

    @BeforeEach
    void readTheExample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/documents/zezhou-hrss-2023.txt")) {
            example = in.readAllBytes();
        }
        reportId = registerAgencyWithReport(2023);
    }

    @Test
    void parsingShowsWhatTheDocumentHoldsAndChangesNothing() {
        Answer parsed = http.send("POST", "/api/documents/parse?fileName=zezhou.txt", OCTETS, example);

        assertThat(parsed.status()).isEqualTo(200);
        JsonNode document = parsed.json();
        assertThat(document.get("reportYear").asInt()).isEqualTo(2023);
        assertThat(document.get("agencyName").asText()).isEqualTo("泽州县人力资源和社会保障局");
        assertThat(document.get("cells")).hasSize(199);
        assertThat(document.get("notes")).anySatisfy(note -> {
            assertThat(note.get("kind").asText()).isEqualTo("CELL_NOT_FOUND");
            assertThat(note.get("subject").asText()).isEqualTo("s2.coercion.decisions");
        });
        assertThat(http.get("/api/reports/" + reportId).json().get("figures")).isEmpty();
    }

    @Test
    void importingRecordsEveryFigureAndPartWithTheDocumentsHashAsReason() {
        Answer imported = http.send("POST", "/api/reports/" + reportId + "/import?fileName=zezhou.txt", OCTETS,
                example);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String sha256 = imported.json().get("document").get("sha256").asText();
        JsonNode report = http.get("/api/reports/" + reportId).json();
        assertThat(report.get("figures")).hasSize(199);
        assertThat(report.get("figures").get("s4.litigationDirect.total").asInt()).isEqualTo(17);
        assertThat(report.get("figures").has("s2.coercion.decisions")).isFalse();
        assertThat(report.get("sections").get("other").asText()).contains("未收取政府信息公开信息处理费");
        JsonNode history = http.get("/api/reports/" + reportId + "/figures/s4.review.total/history").json();
        assertThat(history.get(0).get("reason").asText()).contains("SHA-256 " + sha256).contains("zezhou.txt");
        assertThat(history.get(0).get("newValue").asInt()).isEqualTo(2);
    }

    @Test
    void importingTheSameDocumentAgainChangesNoFigure() {
        http.send("POST", "/api/reports/" + reportId + "/import", OCTETS, example);
        long events = eventsOf(reportId);

        http.send("POST", "/api/reports/" + reportId + "/import", OCTETS, example);

        assertThat(eventsOf(reportId)).isEqualTo(events);
    }

    @Test
    void aDocumentOfAnotherYearOrUnreadableIsRefused() {
        String report2022 = reportId.substring(0, 18) + "-2022";
        http.post("/api/reports", "{\"creditCode\": \"" + reportId.substring(0, 18) + "\", \"year\": 2022}");

        Answer wrongYear = http.send("POST", "/api/reports/" + report2022 + "/import", OCTETS, example);
        Answer garbage = http.send("POST", "/api/reports/" + reportId + "/import", OCTETS,
                "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8));

        assertThat(wrongYear.status()).isEqualTo(409);
        assertThat(wrongYear.json().get("detail").asText()).contains("2023年度报告，与2022年度报告不符");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("field").asText()).isEqualTo("body");
        assertThat(http.get("/api/reports/" + report2022).json().get("figures")).isEmpty();
    }

    @Test
    void onlyTheAgencysClerkImports() {
        TestHttp otherClerk = new TestHttp(port, TestTokens.clerkOf(newCreditCode()));

        assertThat(otherClerk.send("POST", "/api/reports/" + reportId + "/import", OCTETS, example).status())
                .isEqualTo(403);
        assertThat(http.get("/api/reports/" + reportId).json().get("figures")).isEmpty();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?").param(aggregateId)
                .query(Long.class).single();
    }
}
