package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of user: allowed → success, not allowed → 403, no credentials → 401. Each case
 * runs on its own agency and report, in the state the endpoint needs.
 */
class AccessMatrixIT extends SubmissionServiceTestBase {

    /** Who calls: a role relative to the report's agency (of region 140525, 泽州县). */
    enum Caller {
        ANONYMOUS(report -> null),
        OWN_CLERK(report -> TestTokens.clerkOf(agencyOf(report))),
        OTHER_CLERK(report -> TestTokens.clerkOf(newCreditCode())),
        OWN_APPROVER(report -> TestTokens.approverOf(agencyOf(report), 1)),
        OTHER_APPROVER(report -> TestTokens.approverOf(newCreditCode(), 1)),
        SUPERVISOR_OF_CITY(report -> TestTokens.supervisorOf("140500")),
        SUPERVISOR_ELSEWHERE(report -> TestTokens.supervisorOf("110000")),
        AUDITOR(report -> TestTokens.auditor()),
        ADMIN(report -> TestTokens.admin());

        private final Function<String, String> token;

        Caller(Function<String, String> token) {
            this.token = token;
        }
    }

    /** What is called, on which report, and who may. */
    record Endpoint(String name, boolean awaitingApproval, BiFunction<TestHttp, String, Answer> call,
                    Set<Caller> allowed) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Set<Caller> READERS = Set.of(Caller.OWN_CLERK, Caller.OWN_APPROVER,
            Caller.SUPERVISOR_OF_CITY, Caller.AUDITOR);
    private static final Set<Caller> EVERYONE_SIGNED_IN = Set.of(Caller.OWN_CLERK, Caller.OTHER_CLERK,
            Caller.OWN_APPROVER, Caller.OTHER_APPROVER, Caller.SUPERVISOR_OF_CITY, Caller.SUPERVISOR_ELSEWHERE,
            Caller.AUDITOR, Caller.ADMIN);

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /api/agencies", false, (http, report) -> http.post("/api/agencies", """
                        {"creditCode": "%s", "name": "某局", "regionCode": "140525"}""".formatted(newCreditCode())),
                        Set.of(Caller.ADMIN)),
                new Endpoint("GET /api/agencies/{creditCode}", false,
                        (http, report) -> http.get("/api/agencies/" + agencyOf(report)), EVERYONE_SIGNED_IN),
                new Endpoint("PUT /api/agencies/{creditCode}/approval-levels", false,
                        (http, report) -> http.put("/api/agencies/" + agencyOf(report) + "/approval-levels",
                                "{\"levels\": 2}"), Set.of(Caller.ADMIN, Caller.OWN_APPROVER)),
                new Endpoint("POST /api/accounts", false, (http, report) -> http.post("/api/accounts", """
                        {"username": "u%s", "password": "long-enough-password", "roles": ["AUDITOR"]}"""
                        .formatted(System.nanoTime())), Set.of(Caller.ADMIN)),
                new Endpoint("GET /api/accounts/me", false, (http, report) -> http.get("/api/accounts/me"),
                        EVERYONE_SIGNED_IN),
                new Endpoint("POST /api/reports", false, (http, report) -> http.post("/api/reports", """
                        {"creditCode": "%s", "year": 2022}""".formatted(agencyOf(report))), Set.of(Caller.OWN_CLERK)),
                new Endpoint("GET /api/reports?creditCode=", false,
                        (http, report) -> http.get("/api/reports?creditCode=" + agencyOf(report)), READERS),
                new Endpoint("GET /api/reports/{reportId}", false,
                        (http, report) -> http.get("/api/reports/" + report), READERS),
                new Endpoint("GET /api/reports/{reportId}/figures/{cellId}/history", false,
                        (http, report) -> http.get("/api/reports/" + report + "/figures/s3.received.total/history"),
                        READERS),
                new Endpoint("GET /api/reports/{reportId}/explanations/{ruleId}/history", false,
                        (http, report) -> http.get("/api/reports/" + report + "/explanations/X-4/history"), READERS),
                new Endpoint("PUT /api/reports/{reportId}/figures", false,
                        (http, report) -> http.put("/api/reports/" + report + "/figures",
                                "{\"changes\": {\"s3.received.total\": 1}, \"reason\": \"录入\"}"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("PUT /api/reports/{reportId}/sections/{key}", false,
                        (http, report) -> http.putText("/api/reports/" + report + "/sections/other?reason=x", "正文"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("PUT /api/reports/{reportId}/explanations/{ruleId}", false,
                        (http, report) -> http.putText("/api/reports/" + report + "/explanations/X-4", "说明"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("POST /api/reports/{reportId}/submit", false,
                        (http, report) -> http.post("/api/reports/" + report + "/submit", ""),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("POST /api/reports/{reportId}/approve", true,
                        (http, report) -> http.post("/api/reports/" + report + "/approve", "{}"),
                        Set.of(Caller.OWN_APPROVER)),
                new Endpoint("POST /api/reports/{reportId}/return", true,
                        (http, report) -> http.post("/api/reports/" + report + "/return", "{\"comment\": \"请核实\"}"),
                        Set.of(Caller.OWN_APPROVER)));
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(endpoint, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheAllowedMayCallAnEndpoint(Endpoint endpoint, Caller caller) {
        String report = registerAgencyWithReport(2023);
        if (endpoint.awaitingApproval()) {
            assertThat(http.post("/api/reports/" + report + "/submit", "").status()).isEqualTo(202);
        }

        Answer answer = endpoint.call().apply(new TestHttp(port, caller.token.apply(report)), report);

        int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowed().contains(caller) ? 200 : 403;
        if (expected == 200) {
            assertThat(answer.status()).as(String.valueOf(answer.json())).isBetween(200, 299);
        } else {
            assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(expected);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    private static String agencyOf(String reportId) {
        return reportId.substring(0, 18);
    }
}
