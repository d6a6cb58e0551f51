package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a careless or hostile client may send: bodies too large, JSON that is not JSON or nests without end, numbers
 * no cell holds, bytes that are not UTF-8, control characters, markup, and ids made to climb out of their path or
 * into SQL. Every one gets a 4xx problem answer and changes nothing; none gets a 500.
 */
class HostileInputIT extends SubmissionServiceTestBase {

    private static final String NARRATIVE = "本机关2023年度政府信息公开工作情况如下。";

    String reportId;
    String creditCode;

    @BeforeEach
    void openReport() {
        reportId = registerAgencyWithReport(2023);
        creditCode = reportId.substring(0, 18);
        assertThat(changeFigures(reportId, "{\"s3.received.total\": 7}", "录入").status()).isEqualTo(200);
        assertThat(http.putText(sections("overview") + "?reason=x", NARRATIVE).status()).isEqualTo(200);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedUnread() {
        Answer answer = RawHttp.exchange(port, "PUT", "/api/reports/" + reportId + "/figures", clerkToken(),
                "application/json", RawHttp.announcedLength(21L * 1024 * 1024));

        assertProblem(answer, 413, "20MB");
        assertUnchanged();
    }

    @Test
    void aStreamedJsonBodyIsRefusedOnceItPassesTheLimit() {
        byte[] start = "{\"changes\": {\"s3.received.total\": 8},".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\"reason\": \"录入\"}".getBytes(StandardCharsets.UTF_8);

        Answer answer = RawHttp.exchange(port, "PUT", "/api/reports/" + reportId + "/figures", clerkToken(),
                "application/json", RawHttp.chunked(start, (byte) ' ', 20 * 1024 * 1024 + 65_536, end));

        assertProblem(answer, 413, "请求内容");
        assertUnchanged();
    }

    @Test
    void aStreamedBodyWithAnIdempotencyKeyIsRefusedAndClaimsNoKey() {
        byte[] start = "{\"changes\": {\"s3.received.total\": 8},".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\"reason\": \"录入\"}".getBytes(StandardCharsets.UTF_8);

        Answer answer = RawHttp.exchange(port, "PUT", "/api/reports/" + reportId + "/figures", clerkToken(),
                "application/json", RawHttp.chunked(start, (byte) ' ', 20 * 1024 * 1024 + 65_536, end),
                "Idempotency-Key: too-large-" + reportId);

        assertProblem(answer, 413, "请求内容");
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?")
                .param("too-large-" + reportId).query(Long.class).single()).isZero();
        assertUnchanged();
    }

    @Test
    void aStreamedDocumentIsRefusedOnceItPassesTheLimit() {
        byte[] start = "一".getBytes(StandardCharsets.UTF_8);

        Answer answer = RawHttp.exchange(port, "PUT", sections("overview") + "?reason=x", clerkToken(),
                "text/plain;charset=UTF-8", RawHttp.chunked(start, (byte) 'a', 20 * 1024 * 1024 + 65_536, new byte[0]));

        assertProblem(answer, 413, "请求内容");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {100, 2_000, 100_000})
    void deeplyNestedJsonIsRefused(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);

        assertProblem(changeFiguresWithBody(
                "{\"changes\": {\"s3.received.total\": " + nested + "}, \"reason\": \"x\"}"), 400, "");
        assertProblem(changeFiguresWithBody(nested), 400, "");
        assertProblem(admin.post("/api/agencies", "{\"name\": " + "{\"a\": ".repeat(depth) + "1"
                + "}".repeat(depth) + "}"), 400, "");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{", "{\"changes\": }", "nul", "'changes'", "{\"changes\": {\"s3.received.total\": 08}}",
            "{\"changes\": {\"s3.received.total\": 0x10}, \"reason\": \"x\"}",
            "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"x\"} {}",
            "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"x\",}", "", "null", "[]", "\"text\"", "42"})
    void malformedJsonIsRefused(String body) {
        assertProblem(changeFiguresWithBody(body), 400, "");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1e400                          | 数值过大",
            "-1e400                         | 数值过大",
            "123456789012345678901234567890 | 数值过大",
            "1e999999999                    | 数值过大",
            "1e-400                         | 应为整数",
            "1E-999999999                   | 应为整数",
            "-0.5                           | 应为整数"})
    void numbersNoCellHoldsAreRefused(String number, String message) {
        Answer answer = changeFigures(reportId, "{\"s3.received.total\": " + number + "}", "录入");

        assertProblem(answer, 400, message);
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", ".5", "1.", "1e", "--1"})
    void numbersThatJsonDoesNotAllowAreRefused(String number) {
        assertProblem(changeFigures(reportId, "{\"s3.received.total\": " + number + "}", "录入"), 400, "JSON");
        assertUnchanged();
    }

    @Test
    void aNumberWithMoreDigitsThanAnyParserShouldReadIsRefused() {
        assertProblem(changeFigures(reportId, "{\"s3.received.total\": " + "9".repeat(5_000) + "}", "录入"), 400, "");
        assertUnchanged();
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(strings = {"1e400", "123456789012345678901234567890", "2023.5", "NaN", "-2147483649", "true",
            "[2023]", "{\"year\": 2023}"})
    void yearsThatAreNoYearAreRefused(String year) {
        assertProblem(http.post("/api/reports", "{\"creditCode\": \"" + creditCode + "\", \"year\": " + year + "}"),
                400, "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e400", "2.5", "99999999999", "-1"})
    void approvalLevelsThatAreNoLevelAreRefused(String levels) {
        assertProblem(admin.put("/api/agencies/" + creditCode + "/approval-levels", "{\"levels\": " + levels + "}"),
                400, "");
        assertThat(admin.get("/api/agencies/" + creditCode).json().get("approvalLevels").asInt()).isEqualTo(1);
    }

    @Test
    void aSectionThatIsNotUtf8IsRefused() {
        byte[] gbk = "本机关年度报告".getBytes(Charset.forName("GBK"));

        Answer answer = http.send("PUT", sections("overview") + "?reason=x", "text/plain;charset=UTF-8", gbk);

        assertProblem(answer, 400, "正文不是有效的UTF-8文本");
        assertUnchanged();
    }

    @Test
    void anExplanationThatIsNotUtf8IsRefused() {
        byte[] latin1 = {'s', 'e', (byte) 0xE9, 'e', (byte) 0xFF, (byte) 0xC0, (byte) 0x80};

        Answer answer = http.send("PUT", "/api/reports/" + reportId + "/explanations/T3-5", "text/plain", latin1);

        assertProblem(answer, 400, "正文不是有效的UTF-8文本");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u0000", "a\u0001b", "\u001b[31m红色", "\u007f", "\u0085"})
    void controlCharactersInNarrativesAreRefused(String text) {
        assertProblem(http.putText(sections("overview") + "?reason=x", NARRATIVE + text), 400, "控制字符");
        assertProblem(http.putText("/api/reports/" + reportId + "/explanations/T3-5", text), 400, "控制字符");
        assertProblem(changeFigures(reportId, "{\"s3.received.total\": 8}", jsonEscaped(text)), 400, "控制字符");
        assertProblem(admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "%s", "regionCode": "140525"}"""
                .formatted(newCreditCode(), "某局" + jsonEscaped(text))), 400, "控制字符");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\ud800", "\\udfff", "x\\ud83dy", "\\ude00\\ud83d"})
    void brokenUnicodeInJsonTextsIsRefused(String escaped) {
        assertProblem(changeFigures(reportId, "{\"s3.received.total\": 8}", "录入" + escaped), 400, "Unicode");
        assertProblem(admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "某局%s", "regionCode": "140525"}"""
                .formatted(newCreditCode(), escaped)), 400, "Unicode");
        assertUnchanged();
    }

    @Test
    void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreKept() {
        String text = "第一段\t缩进\r\n第二段 𠀀𪚥 😀";

        assertThat(http.putText(sections("overview") + "?reason=x", text).json().get("sections").get("overview")
                .asText()).isEqualTo(text);
    }

    @Test
    void scriptAndMarkupInNarrativesAreStoredAsText() {
        String markup = "<script>alert('x')</script><b onclick=\"steal()\">粗体</b> &amp; <!-- 注释 --> ]]> {{7*7}}";

        Answer section = http.putText(sections("other") + "?reason="
                + URLEncoder.encode("<i>理由</i>", StandardCharsets.UTF_8), markup);
        Answer explanation = http.putText("/api/reports/" + reportId + "/explanations/T3-5", markup);

        assertThat(section.status()).isEqualTo(200);
        assertThat(section.contentType()).startsWith("application/json");
        assertThat(explanation.status()).isEqualTo(200);
        Answer report = http.get("/api/reports/" + reportId);
        assertThat(report.json().get("sections").get("other").asText()).isEqualTo(markup);
        assertThat(report.json().get("explanations").get("T3-5").asText()).isEqualTo(markup);
        assertThat(jdbc.sql("SELECT sections ->> 'other' FROM report_view WHERE report_id = ?").param(reportId)
                .query(String.class).single()).isEqualTo(markup);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        Answer answer = admin.post("/api/accounts", """
                {"username": "long-password-%s", "password": "%s", "roles": ["AUDITOR"]}"""
                .formatted(creditCode, "密".repeat(30)));

        assertProblem(answer, 400, "72字节");
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = ?")
                .param("long-password-" + creditCode).query(Long.class).single()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin\\u0000", "\\ud800", "'; DROP TABLE user_account; --"})
    void signingInWithANameNoAccountCanHaveIsRefusedLikeAWrongPassword(String username) {
        Answer answer = new TestHttp(port, null).post("/api/auth/token", """
                {"username": "%s", "password": "any password"}""".formatted(username));

        assertProblem(answer, 401, "用户名或密码错误");
    }

    @Test
    void anAccountForAnAgencyCodeThatCannotExistIsRefused() {
        Answer answer = admin.post("/api/accounts", """
                {"username": "clerk-nul-%s", "password": "long enough password", "roles": ["CLERK"],
                 "creditCode": "\\u0000"}""".formatted(creditCode));

        assertProblem(answer, 400, "机关");
    }

    /** Each place an id goes, with the caller that may use it. */
    private List<Function<String, Answer>> everyPathVariable() {
        String report = "/api/reports/" + reportId;
        TestHttp approver = approver(reportId);
        return List.of(
                id -> admin.get("/api/agencies/" + id),
                id -> admin.put("/api/agencies/" + id + "/approval-levels", "{\"levels\": 2}"),
                id -> admin.put("/api/agencies/" + id + "/kind", "{\"kind\": \"DEPARTMENT\"}"),
                id -> http.get("/api/reports?creditCode=" + id),
                id -> http.get("/api/reports/" + id),
                id -> changeFiguresWithPath("/api/reports/" + id + "/figures"),
                id -> http.putText("/api/reports/" + id + "/sections/other?reason=x", "正文"),
                id -> http.putText("/api/reports/" + id + "/explanations/T3-5", "说明"),
                id -> http.post("/api/reports/" + id + "/submit", ""),
                id -> approver.post("/api/reports/" + id + "/approve", "{}"),
                id -> approver.post("/api/reports/" + id + "/return", "{\"comment\": \"请核实\"}"),
                id -> http.get("/api/reports/" + id + "/figures/s3.received.total/history"),
                id -> http.get("/api/reports/" + id + "/explanations/T3-5/history"),
                id -> http.putText(report + "/sections/" + id + "?reason=x", "正文"),
                id -> http.putText(report + "/explanations/" + id, "说明"),
                id -> http.get(report + "/explanations/" + id + "/history"),
                id -> http.get(report + "/figures/" + id + "/history"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"..%2F..", "..%2F..%2Factuator%2Fenv", "%2e%2e", "%2E%2E%2F%2E%2E", "..", "..%5C..",
            "%27%3B%20DROP%20TABLE%20report_view%3B%20--", "%27%20OR%20%271%27%3D%271",
            "1%27%20UNION%20SELECT%20password_hash%20FROM%20user_account--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "%00", "%FF%FE", "%252e%252e", "%E2%80%AE",
            "x%0D%0AX-Injected:%201", "%F0%9F%98%80", "%E4%B8%AD%E6%96%87"})
    void hostileIdsInAnyPathVariableAreRefusedAndHarmNothing(String id) {
        SoftAssertions softly = new SoftAssertions();
        everyPathVariable().forEach(call -> {
            Answer answer = call.apply(id);
            softly.assertThat(answer.status()).as("%s: %s", id, answer.body()).isBetween(400, 499);
            softly.assertThat(answer.contentType()).as("%s: %s", id, answer.body())
                    .startsWith("application/problem+json");
        });
        softly.assertAll();
        assertTablesIntact();
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%", "%zz", "%FF%FE", "%C0%80"})
    void queryStringsThatDoNotDecodeAreRefused(String value) {
        Answer answer = RawHttp.exchange(port, "GET", "/api/reports?creditCode=" + value, clerkToken(),
                "text/plain", RawHttp.announcedLength(0));

        assertProblem(answer, 400, "");
    }

    @Test
    void aVeryLongIdIsRefused() {
        String id = "1".repeat(6_000);
        everyPathVariable().forEach(call -> {
            Answer answer = call.apply(id);
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
        assertUnchanged();
    }

    private void assertTablesIntact() {
        for (String table : List.of("report_view", "agency", "user_account", "domain_event_entry",
                "processed_message", "token_entry")) {
            assertThat(jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(table).query(Boolean.class).single())
                    .as(table).isTrue();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM report_view WHERE report_id = ?").param(reportId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private void assertUnchanged() {
        Answer report = http.get("/api/reports/" + reportId);
        assertThat(report.json().get("figures").size()).isEqualTo(1);
        assertThat(report.json().get("figures").get("s3.received.total").asInt()).isEqualTo(7);
        assertThat(report.json().get("sections").get("overview").asText()).isEqualTo(NARRATIVE);
        assertThat(report.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(report.json().get("explanations").size()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(reportId).query(Long.class).single()).isEqualTo(3);
    }

    private String sections(String key) {
        return "/api/reports/" + reportId + "/sections/" + key;
    }

    private String clerkToken() {
        return TestTokens.clerkOf(creditCode);
    }

    private Answer changeFiguresWithBody(String body) {
        return http.put("/api/reports/" + reportId + "/figures", body);
    }

    private Answer changeFiguresWithPath(String path) {
        return http.put(path, "{\"changes\": {\"s3.received.total\": 8}, \"reason\": \"录入\"}");
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.toString();
    }

    static void assertProblem(Answer answer, int status, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asText()).contains(messagePart);
    }
}
