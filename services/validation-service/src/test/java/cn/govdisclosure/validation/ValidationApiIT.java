package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.exampleReportSubmitted;
import static cn.govdisclosure.validation.SubmissionFixtures.reportOfAgency;
import static cn.govdisclosure.validation.SubmissionFixtures.unbalancedReportSubmitted;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.KernelFixtures;
import cn.govdisclosure.kernel.format.ReportFormats;
import cn.govdisclosure.kernel.rules.RuleSet;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The HTTP side: the runs of a report, the format definitions, and previews for forms. */
class ValidationApiIT extends RunningValidationService {

    private static final String RESUBMITTED_REPORT = reportOfAgency(21);
    private static final String NEVER_SUBMITTED_REPORT = reportOfAgency(22);
    private static final ParameterizedTypeReference<List<String>> CELLS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheRunsOfAReportInSubmissionOrder() {
        publish(unbalancedReportSubmitted(RESUBMITTED_REPORT, 1));
        publish(exampleReportSubmitted(RESUBMITTED_REPORT, 2));
        awaitOutcomes(RESUBMITTED_REPORT, 2);

        http.get().uri("/api/validations/{reportId}", RESUBMITTED_REPORT).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].submissionNumber").isEqualTo(1)
                .jsonPath("$[0].outcome").isEqualTo("REJECTED")
                .jsonPath("$[0].ruleSetVersion").isEqualTo(RuleSet.VERSION)
                .jsonPath("$[0].violations[0].ruleId").isEqualTo("T3-1")
                .jsonPath("$[0].violations[0].severity").isEqualTo("ERROR")
                .jsonPath("$[0].violations[0].cells").value(CELLS,
                        cells -> assertThat(cells).contains("s3.received.naturalPerson"))
                .jsonPath("$[1].submissionNumber").isEqualTo(2)
                .jsonPath("$[1].outcome").isEqualTo("ACCEPTED")
                .jsonPath("$[1].violations[0].ruleId").isEqualTo("X-4")
                .jsonPath("$[1].violations[0].message").value(String.class,
                        message -> assertThat(message).contains("行政复议 2 件、行政诉讼 17 件"))
                .jsonPath("$[1].validationId").isNotEmpty()
                .jsonPath("$[1].validatedAt").isEqualTo(NOW.toString());
    }

    @Test
    void answersAReportNeverValidatedWithANotFoundProblem() {
        http.get().uri("/api/validations/{reportId}", NEVER_SUBMITTED_REPORT).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("资源不存在")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(NEVER_SUBMITTED_REPORT));
    }

    @Test
    void describesThe2021FormatWithItsLabelsCellsAndRules() {
        http.get().uri("/api/formats/2021").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("2021")
                .jsonPath("$.basis").isEqualTo("国办公开办函〔2021〕30号")
                .jsonPath("$.sections[1].heading").isEqualTo("一、总体情况")
                .jsonPath("$.tables[1].heading").isEqualTo("三、收到和处理政府信息公开申请情况")
                .jsonPath("$.tables[1].blocks[0].columns[1].groups[1]").isEqualTo("法人或其他组织")
                .jsonPath("$.tables[1].blocks[0].rows[4].captions[1]").isEqualTo("（三）不予公开")
                .jsonPath("$.cells.length()").isEqualTo(200)
                .jsonPath("$.cells[?(@.id == 's2.fees.amount')].kind").isEqualTo("AMOUNT")
                .jsonPath("$.cells[?(@.id == 's3.refused.stateSecret.commercial')].label")
                .isEqualTo("三、本年度办理结果（三）不予公开1.属于国家秘密·商业企业")
                .jsonPath("$.rules[?(@.id == 'T3-1')].severity").isEqualTo("ERROR")
                .jsonPath("$.rules[?(@.id == 'X-4')].severity").isEqualTo("WARNING");
    }

    @Test
    void answersAnUnknownFormatWithANotFoundProblem() {
        http.get().uri("/api/formats/1999").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("未知的报告格式：1999");
    }

    @Test
    void previewsAReportWithoutStoringItAndNamesUnknownCells() {
        long runsBefore = storedRuns();
        Map<String, BigDecimal> figures = new HashMap<>(
                KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021));
        figures.put("s9.notACell", BigDecimal.ONE);

        http.post().uri("/api/validations/preview").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("formatId", "2021", "figures", figures, "sections", Map.of()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("REJECTED")
                .jsonPath("$.violations[0].ruleId").isEqualTo("T2-6")
                .jsonPath("$.violations[0].cells").isEqualTo("s9.notACell")
                .jsonPath("$.violations[1].ruleId").isEqualTo("X-4");
        assertThat(storedRuns()).isEqualTo(runsBefore);
    }

    @Test
    void refusesAPreviewInAnUnknownFormat() {
        http.post().uri("/api/validations/preview").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("formatId", "1999", "figures", Map.of()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("formatId");
    }

    @Test
    void refusesAPreviewWhoseFiguresAreNotNumbers() {
        http.post().uri("/api/validations/preview").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("formatId", "2021", "figures", Map.of("s2.fees.amount", "a lot")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400);
    }

    @Test
    void countsValidationsByOutcomeForPrometheus() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("validation_runs_total{outcome=\"accepted\"}",
                        "validation_runs_total{outcome=\"rejected\"}"));
    }

    private long storedRuns() {
        return jdbc.sql("SELECT count(*) FROM validation_run").query(Long.class).single();
    }
}
