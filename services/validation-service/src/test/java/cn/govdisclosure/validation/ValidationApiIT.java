package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.DISPUTES_EXPLAINED;
import static cn.govdisclosure.validation.SubmissionFixtures.EXAMPLE_SECTIONS;
import static cn.govdisclosure.validation.SubmissionFixtures.agency;
import static cn.govdisclosure.validation.SubmissionFixtures.exampleReportSubmitted;
import static cn.govdisclosure.validation.SubmissionFixtures.figures2022CarryingForward;
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
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/** The HTTP side: the runs of a report, the format definitions, and live checks for forms. */
class ValidationApiIT extends RunningValidationService {

    private static final String RESUBMITTED_REPORT = reportOfAgency(21);
    private static final String NEVER_SUBMITTED_REPORT = reportOfAgency(22);
    private static final int CHECKING_AGENCY = 23;
    private static final ParameterizedTypeReference<List<String>> STRINGS = new ParameterizedTypeReference<>() {
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
                .jsonPath("$[0].violations[0].cells").value(STRINGS,
                        cells -> assertThat(cells).contains("s3.received.naturalPerson"))
                .jsonPath("$[1].submissionNumber").isEqualTo(2)
                .jsonPath("$[1].outcome").isEqualTo("ACCEPTED")
                .jsonPath("$[1].violations[0].ruleId").isEqualTo("X-4")
                .jsonPath("$[1].violations[0].message").value(String.class,
                        message -> assertThat(message).contains("行政复议 2 件、行政诉讼 17 件"))
                .jsonPath("$[1].violations[0].explanation").isEqualTo(DISPUTES_EXPLAINED)
                .jsonPath("$[1].validationId").isNotEmpty()
                .jsonPath("$[1].validatedAt").isEqualTo(NOW.toString());
    }

    @Test
    void letsTheWorkspaceOfAnotherOriginCheckLiveButSharesNothingElse() {
        http.options().uri("/api/validate")
                .header("Origin", "http://workspace.example:8081")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "*")
                .expectHeader().doesNotExist("Access-Control-Allow-Credentials");
        http.post().uri("/api/validate").header("Origin", "http://workspace.example:8081")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("year", 2023, "figures", Map.of()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "*");
        http.get().uri("/api/validations/{reportId}", NEVER_SUBMITTED_REPORT)
                .header("Origin", "http://workspace.example:8081")
                .exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
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
                .jsonPath("$.rules[?(@.id == 'X-4')].severity").isEqualTo("WARNING")
                .jsonPath("$.rules[?(@.id == 'T3-6')].description")
                .isEqualTo("每一列：二、上年结转政府信息公开申请数量应等于本机关上一年度报告的四、结转下年度继续办理")
                .jsonPath("$.rules[?(@.id == 'T3-6')].cells[*]").value(STRINGS,
                        cells -> assertThat(cells).hasSize(7).contains("s3.carriedOver.naturalPerson"))
                .jsonPath("$.rules[?(@.id == 'X-4')].cells[*]").value(STRINGS,
                        cells -> assertThat(cells).containsExactly("s3.received.total", "s3.carriedOver.total",
                                "s4.review.total", "s4.litigationDirect.total", "s4.litigationAfterReview.total"))
                .jsonPath("$.rules[?(@.id == 'X-2')].cells[*]").isEmpty();
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
    void checksAReportBeingFilledInWithoutStoringItAndNamesUnknownCells() {
        long runsBefore = count("validation_run");
        long knownBefore = count("known_report");
        Map<String, BigDecimal> figures = new HashMap<>(
                KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021));
        figures.put("s9.notACell", BigDecimal.ONE);

        validate(Map.of("formatId", "2021", "figures", figures))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.formatId").isEqualTo("2021")
                .jsonPath("$.year").isEqualTo(2023)
                .jsonPath("$.ruleSetVersion").isEqualTo(RuleSet.VERSION)
                .jsonPath("$.outcome").isEqualTo("REJECTED")
                .jsonPath("$.violations[0].ruleId").isEqualTo("T2-6")
                .jsonPath("$.violations[0].severity").isEqualTo("ERROR")
                .jsonPath("$.violations[0].cells").isEqualTo("s9.notACell")
                .jsonPath("$.violations[?(@.ruleId == 'X-1')].severity").value(STRINGS,
                        severities -> assertThat(severities).hasSize(4).containsOnly("WARNING"))
                .jsonPath("$.violations[?(@.ruleId == 'T3-6')].message")
                .isEqualTo("2022年度报告未知，未核对上年结转申请数量");
        assertThat(count("validation_run")).isEqualTo(runsBefore);
        assertThat(count("known_report")).isEqualTo(knownBefore);
    }

    @Test
    void acceptsAReportWhoseWarningsAreExplainedTakingTheFormatFromTheYear() {
        validate(Map.of("year", 2023, "figures", KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021),
                "sections", EXAMPLE_SECTIONS, "explanations", Map.of("X-4", DISPUTES_EXPLAINED)))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.formatId").isEqualTo("2021")
                .jsonPath("$.outcome").isEqualTo("ACCEPTED")
                .jsonPath("$.violations[0].ruleId").isEqualTo("X-4")
                .jsonPath("$.violations[0].explanation").isEqualTo(DISPUTES_EXPLAINED)
                .jsonPath("$.violations[1].severity").isEqualTo("INFO")
                .jsonPath("$.violations[1].explanation").isEmpty();
    }

    @Test
    void checksAgainstTheAgencysYearBeforeWhenGivenItsCreditCode() {
        http.put().uri("/api/history/{creditCode}/2022", agency(CHECKING_AGENCY))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("figures", figures2022CarryingForward(2))).exchange()
                .expectStatus().isOk();

        validate(Map.of("year", 2023, "creditCode", agency(CHECKING_AGENCY),
                "figures", KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021), "sections", EXAMPLE_SECTIONS,
                "explanations", Map.of("X-4", DISPUTES_EXPLAINED)))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.outcome").isEqualTo("REJECTED")
                .jsonPath("$.violations[0].ruleId").isEqualTo("T3-6")
                .jsonPath("$.violations[0].severity").isEqualTo("WARNING")
                .jsonPath("$.violations[0].cells").isEqualTo("s3.carriedOver.naturalPerson")
                .jsonPath("$.violations[0].message").value(String.class,
                        message -> assertThat(message).endsWith("应为 2，实为 0"))
                .jsonPath("$.violations[?(@.severity == 'INFO')]").isEmpty();
    }

    @Test
    void warnsACountyBureauThatReportsRegulations() {
        Map<String, BigDecimal> figures = KernelFixtures.zezhouFigures2023(ReportFormats.FORMAT_2021);
        figures.put("s2.regulations.issued", BigDecimal.ONE);

        validate(Map.of("formatId", "2021", "regionCode", KernelFixtures.ZEZHOU_REGION_CODE, "figures", figures))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.violations[?(@.ruleId == 'T2-5')].cells[0]").isEqualTo("s2.regulations.issued");
    }

    @Test
    void refusesACheckThatNamesNeitherFormatNorYear() {
        expectProblem(validate(Map.of("figures", Map.of())), "formatId", "请指定报告格式（2021 或 2019）或报告年度");
    }

    @Test
    void refusesACheckInAnUnknownFormatOrYear() {
        expectProblem(validate(Map.of("formatId", "1999", "figures", Map.of())), "formatId", "未知的报告格式：1999");
        expectProblem(validate(Map.of("year", 2018, "figures", Map.of())), "year",
                "2018年度没有适用的报告格式（本系统受理2019年度及以后的报告）");
        expectProblem(validate(Map.of("formatId", "2019", "year", 2023, "figures", Map.of())), "formatId",
                "2023年度报告应采用2021年版格式，而非2019年版格式");
    }

    @Test
    void refusesFiguresThatAreNotNumbersNamingTheCell() {
        expectProblem(validate(Map.of("formatId", "2021", "figures", Map.of("s2.fees.amount", "a lot"))),
                "figures.s2.fees.amount", "栏目“s2.fees.amount”的值应为数字");
    }

    @Test
    void refusesAMalformedCreditCodeOrRegionCode() {
        expectProblem(validate(Map.of("year", 2023, "creditCode", "11140525001234567X", "figures", Map.of())),
                "creditCode", "统一社会信用代码校验位错误：应为U，实为X");
        expectProblem(validate(Map.of("year", 2023, "regionCode", "14052", "figures", Map.of())),
                "regionCode", "行政区划代码应为6位数字");
    }

    @Test
    void countsValidationsByOutcomeForPrometheus() {
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("validation_runs_total{outcome=\"accepted\"}",
                        "validation_runs_total{outcome=\"rejected\"}"));
    }

    private ResponseSpec validate(Map<String, ?> request) {
        return http.post().uri("/api/validate").contentType(MediaType.APPLICATION_JSON).body(request).exchange();
    }

    private static void expectProblem(ResponseSpec response, String field, String detail) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo(field)
                .jsonPath("$.detail").isEqualTo(detail);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
