package cn.govdisclosure.validation;

import static cn.govdisclosure.validation.SubmissionFixtures.agency;
import static cn.govdisclosure.validation.SubmissionFixtures.figures2022CarryingForward;
import static cn.govdisclosure.validation.SubmissionFixtures.published2022;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/** Loading the reports agencies published before this system, and reading what the service knows of a year. */
class ReportHistoryApiIT extends RunningValidationService {

    private static final int LOADING_AGENCY = 51;
    private static final int RELOADING_AGENCY = 52;
    private static final int PUBLISHED_AGENCY = 53;
    private static final int TRIAL_FORMAT_AGENCY = 54;
    private static final int UNKNOWN_AGENCY = 55;

    @Autowired
    RestTestClient http;

    @Test
    void loadsAReportPublishedBeforeThisSystemInTheFormatOfItsYear() {
        Map<String, BigDecimal> figures = figures2022CarryingForward(3);
        figures.put("s2.fees.amount", new BigDecimal("1.250"));

        load(LOADING_AGENCY, 2022, Map.of("figures", figures, "sections", Map.of("overview", "2022年度未收到申请。")))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.creditCode").isEqualTo(agency(LOADING_AGENCY))
                .jsonPath("$.year").isEqualTo(2022)
                .jsonPath("$.formatId").isEqualTo("2021")
                .jsonPath("$.source").isEqualTo("LOADED")
                .jsonPath("$.version").isEmpty()
                .jsonPath("$.recordedAt").isEqualTo(NOW.toString());

        find(LOADING_AGENCY, 2022)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("LOADED")
                .jsonPath("$.figures.length()").isEqualTo(200)
                .jsonPath("$['figures']['s3.carriedForward.total']").isEqualTo(3)
                .jsonPath("$['figures']['s2.fees.amount']").isEqualTo(1.25)
                .jsonPath("$.sections.overview").isEqualTo("2022年度未收到申请。");
    }

    @Test
    void loadsATrialFormatReportForTheYearsOfTheTrialFormat() {
        load(TRIAL_FORMAT_AGENCY, 2020, Map.of("figures", Map.of("s3.carriedForward.total", 1,
                "s2.procurement.amount", 12.5, "s3.otherHandling.total", 0)))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.formatId").isEqualTo("2019");
    }

    @Test
    void replacesAReportLoadedBefore() {
        load(RELOADING_AGENCY, 2022, Map.of("figures", figures2022CarryingForward(3))).expectStatus().isOk();
        load(RELOADING_AGENCY, 2022, Map.of("figures", figures2022CarryingForward(5))).expectStatus().isOk();

        find(RELOADING_AGENCY, 2022)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['figures']['s3.carriedForward.total']").isEqualTo(5);
    }

    @Test
    void refusesToReplaceAPublishedReport() {
        publish(published2022(PUBLISHED_AGENCY, 2, 1));
        await().atMost(PATIENCE).pollInSameThread().until(() -> find(PUBLISHED_AGENCY, 2022).returnResult()
                .getStatus().is2xxSuccessful());

        load(PUBLISHED_AGENCY, 2022, Map.of("figures", figures2022CarryingForward(3)))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("2022年度报告已于本系统发布（第2版），不能以导入的报告替换");
        find(PUBLISHED_AGENCY, 2022)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.source").isEqualTo("PUBLISHED")
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$['figures']['s3.carriedForward.total']").isEqualTo(1);
    }

    @Test
    void refusesAMalformedCreditCode() {
        http.put().uri("/api/history/{creditCode}/2022", "11140525001234567X").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("figures", Map.of("s3.carriedForward.total", 0))).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("creditCode")
                .jsonPath("$.detail").isEqualTo("统一社会信用代码校验位错误：应为U，实为X");
    }

    @Test
    void refusesAYearBeforeTheTrialFormatOrNotYetOver() {
        for (int year : new int[] {2018, 2024}) {
            load(LOADING_AGENCY, year, Map.of("figures", Map.of("s3.carriedForward.total", 0)))
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.field").isEqualTo("year")
                    .jsonPath("$.detail").isEqualTo("年度应在2019至2023之间（只能导入已结束年度的报告）");
        }
    }

    @Test
    void refusesCellsOfAnotherFormatAndValuesThatDoNotFitTheirCell() {
        load(LOADING_AGENCY, 2022, Map.of("figures", Map.of("s2.procurement.amount", 1,
                "s3.received.total", -1, "s2.fees.amount", 0.1234567)))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'figures.s2.procurement.amount')].message")
                .isEqualTo("栏目“s2.procurement.amount”不属于2021年版报告格式")
                .jsonPath("$.errors[?(@.field == 'figures.s3.received.total')].message")
                .isEqualTo("一、本年新收政府信息公开申请数量·总计不能为负数")
                .jsonPath("$.errors[?(@.field == 'figures.s2.fees.amount')].message")
                .isEqualTo("行政事业性收费·本年收费金额（单位：万元）最多保留6位小数");
    }

    @Test
    void refusesFiguresThatAreNotNumbersNamingTheCell() {
        load(LOADING_AGENCY, 2022, Map.of("figures", Map.of("s3.received.total", "三")))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("figures.s3.received.total");
    }

    @Test
    void refusesAReportWithoutFiguresOrWithSectionsOfNoFormat() {
        load(LOADING_AGENCY, 2022, Map.of("figures", Map.of()))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("figures");
        load(LOADING_AGENCY, 2022, Map.of("figures", Map.of("s3.received.total", 0),
                "sections", Map.of("epilogue", "…")))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.field").isEqualTo("sections.epilogue");
    }

    @Test
    void answersAYearNotKnownWithANotFoundProblem() {
        find(UNKNOWN_AGENCY, 2022)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("资源不存在");
    }

    private ResponseSpec load(int agency, int year, Map<String, ?> request) {
        return http.put().uri("/api/history/{creditCode}/{year}", agency(agency), year)
                .contentType(MediaType.APPLICATION_JSON).body(request).exchange();
    }

    private ResponseSpec find(int agency, int year) {
        return http.get().uri("/api/history/{creditCode}/{year}", agency(agency), year).exchange();
    }
}
