package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a 4xx problem answer naming the field, and changes nothing. */
class BadInputIT extends SubmissionServiceTestBase {

    String reportId;

    @BeforeEach
    void openReport() {
        reportId = registerAgencyWithReport(2023);
        assertThat(changeFigures(reportId, "{\"s3.received.total\": 7}", "录入").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown cell id           | {\"s3.received.everybody\": 1}   | changes.s3.received.everybody | 不属于2021年版报告格式",
            "negative count            | {\"s3.received.total\": -1}      | changes.s3.received.total     | 不能为负数",
            "fractional count          | {\"s3.received.total\": 1.5}     | changes.s3.received.total     | 应为整数",
            "number too large          | {\"s3.received.total\": 1e12}    | changes.s3.received.total     | 数值过大",
            "fee with 7 decimals       | {\"s2.fees.amount\": 0.1234567}  | changes.s2.fees.amount        | 最多保留6位小数",
            "text instead of a number  | {\"s3.received.total\": \"七\"}   | changes.s3.received.total     | 应为数字",
            "trial-format cell in 2023 | {\"s2.procurement.amount\": 1}   | changes.s2.procurement.amount | 不属于2021年版报告格式"})
    void figureChangesThatDoNotFitTheFormatAreRefused(String name, String changes, String field, String message) {
        Answer answer = changeFigures(reportId, changes, "录入");

        assertProblem(answer, 400, field, message);
        assertUnchanged();
    }

    @Test
    void oneBadCellRefusesTheWholeChange() {
        Answer answer = changeFigures(reportId, "{\"s3.received.total\": 8, \"s3.granted.total\": -2}", "录入");

        assertProblem(answer, 400, "changes.s3.granted.total", "不能为负数");
        assertUnchanged();
    }

    @Test
    void aChangeNeedsAReason() {
        assertProblem(changeFigures(reportId, "{\"s3.received.total\": 8}", ""), 400, "reason", "请说明修改原因");
        assertUnchanged();
    }

    @Test
    void aChangeNeedsAnAuthenticatedClerk() {
        TestHttp anonymous = new TestHttp(port, null);
        TestHttp forged = new TestHttp(port, TestTokens.clerkOf(reportId.substring(0, 18)) + "x");

        assertProblem(anonymous.put("/api/reports/" + reportId + "/figures",
                "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"x\"}"), 401, null, "请先登录");
        assertProblem(forged.put("/api/reports/" + reportId + "/figures",
                "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"x\"}"), 401, null, "请先登录");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown rule        | X-99 | 没有编号为“X-99”的审核规则",
            "error, not warning  | T3-1 | 是错误，须更正报告",
            "lower-case rule id  | t3-5 | 没有编号为“t3-5”的审核规则"})
    void onlyWarningsOfTheRuleSetAreExplained(String name, String ruleId, String message) {
        Answer answer = http.putText("/api/reports/" + reportId + "/explanations/" + ruleId, "说明");

        assertProblem(answer, 400, "ruleId", message);
        assertUnchanged();
    }

    @Test
    void anExplanationHasAtMost2000Characters() {
        Answer answer = http.putText("/api/reports/" + reportId + "/explanations/T3-5", "说".repeat(2001));

        assertProblem(answer, 400, "body", "说明不能超过2000字");
        assertUnchanged();
    }

    @Test
    void anExplanationNeedsAnAuthenticatedClerk() {
        TestHttp anonymous = new TestHttp(port, null);

        assertProblem(anonymous.putText("/api/reports/" + reportId + "/explanations/T3-5", "说明"), 401, null,
                "请先登录");
        assertUnchanged();
    }

    @Test
    void theHistoryOfAnExplanationIsOnlyForWarningRules() {
        assertProblem(http.get("/api/reports/" + reportId + "/explanations/T3-1/history"), 404, null, "T3-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "too short         | 1114052500000000  | 统一社会信用代码应为18位",
            "wrong check digit | 111405250000000010 | 统一社会信用代码校验位错误",
            "letter I          | 11140525000000001I | 不合法"})
    void malformedCreditCodesAreRefused(String name, String creditCode, String message) {
        Answer agency = admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "某局", "regionCode": "140525"}""".formatted(creditCode));
        Answer report = http.post("/api/reports", """
                {"creditCode": "%s", "year": 2023}""".formatted(creditCode));

        assertProblem(agency, 400, "creditCode", message);
        assertProblem(report, 400, "creditCode", message);
    }

    @Test
    void anAgencyIsRegisteredOnce() {
        String creditCode = newCreditCode();
        String body = """
                {"creditCode": "%s", "name": "某局", "regionCode": "140525"}""".formatted(creditCode);
        assertThat(admin.post("/api/agencies", body).status()).isEqualTo(201);

        assertProblem(admin.post("/api/agencies", body), 409, null, "已登记");
    }

    @Test
    void anAgencyHasOneReportPerYear() {
        String creditCode = http.get("/api/reports/" + reportId).json().get("creditCode").asText();

        Answer again = http.post("/api/reports", """
                {"creditCode": "%s", "year": 2023}""".formatted(creditCode));

        assertProblem(again, 409, null, reportId);
    }

    @Test
    void reportsAreForRegisteredAgenciesAndSupportedYears() {
        assertProblem(http.post("/api/reports", """
                {"creditCode": "%s", "year": 2023}""".formatted(newCreditCode())), 400, "creditCode", "尚未登记");
        String creditCode = http.get("/api/reports/" + reportId).json().get("creditCode").asText();
        assertProblem(http.post("/api/reports", """
                {"creditCode": "%s", "year": 2017}""".formatted(creditCode)), 400, "year", "2019");
        assertProblem(http.post("/api/reports", """
                {"creditCode": "%s", "year": 2999}""".formatted(creditCode)), 400, "year", "不晚于");
    }

    @Test
    void anUnknownReportIsNotFound() {
        String unknown = newCreditCode() + "-2023";

        assertProblem(http.get("/api/reports/" + unknown), 404, null, "不存在");
        assertProblem(changeFigures(unknown, "{\"s3.received.total\": 1}", "录入"), 404, null, "不存在");
        assertProblem(http.post("/api/reports/" + unknown + "/submit", ""), 404, null, "不存在");
        assertProblem(http.putText("/api/reports/" + unknown + "/explanations/T3-5", "说明"), 404, null, "不存在");
        assertProblem(http.get("/api/reports/" + unknown + "/explanations/T3-5/history"), 404, null, "不存在");
    }

    @Test
    void aSubmittedReportCannotBeChangedOrSubmittedAgain() {
        assertThat(submit(reportId).json().get("status").asText()).isEqualTo("SUBMITTED");

        assertProblem(changeFigures(reportId, "{\"s3.received.total\": 8}", "录入"), 409, null, "已提交");
        assertProblem(http.putText("/api/reports/" + reportId + "/sections/other?reason=x", "正文"), 409, null, "已提交");
        assertProblem(http.putText("/api/reports/" + reportId + "/explanations/T3-5", "说明"), 409, null, "已提交");
        assertThat(http.get("/api/reports/" + reportId).json().get("explanations").size()).isZero();
        assertProblem(http.post("/api/reports/" + reportId + "/submit", ""), 409, null, "已提交");
        assertThat(http.get("/api/reports/" + reportId).json().get("submissionNumber").asInt()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAProblemToo() {
        assertProblem(http.put("/api/reports/" + reportId + "/figures", "{\"changes\": "), 400, "body", "JSON");
        assertProblem(http.putText("/api/reports/" + reportId + "/sections/epilogue?reason=x", "正文"), 400, "key",
                "epilogue");
        assertUnchanged();
    }

    private void assertUnchanged() {
        Answer report = http.get("/api/reports/" + reportId);
        assertThat(report.json().get("figures").size()).isEqualTo(1);
        assertThat(report.json().get("figures").get("s3.received.total").asInt()).isEqualTo(7);
        assertThat(report.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(report.json().get("explanations").size()).isZero();
    }

    private static void assertProblem(Answer answer, int status, String field, String messagePart) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).contains(messagePart);
        if (field != null) {
            assertThat(answer.json().get("field").asText()).isEqualTo(field);
        }
    }
}
