package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import java.time.Duration;
import java.time.Instant;
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

    /** Where the report must stand for the call to succeed when allowed. */
    enum State { DRAFT, AWAITING_APPROVAL, PUBLISHED }

    /** What is called, on which report, and who may. */
    record Endpoint(String name, State state, BiFunction<TestHttp, String, Answer> call, Set<Caller> allowed) {

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
                new Endpoint("POST /api/agencies", State.DRAFT, (http, report) -> http.post("/api/agencies", """
                        {"creditCode": "%s", "name": "某局", "regionCode": "140525"}""".formatted(newCreditCode())),
                        Set.of(Caller.ADMIN)),
                new Endpoint("GET /api/agencies/{creditCode}", State.DRAFT,
                        (http, report) -> http.get("/api/agencies/" + agencyOf(report)), EVERYONE_SIGNED_IN),
                new Endpoint("PUT /api/agencies/{creditCode}/approval-levels", State.DRAFT,
                        (http, report) -> http.put("/api/agencies/" + agencyOf(report) + "/approval-levels",
                                "{\"levels\": 2}"), Set.of(Caller.ADMIN, Caller.OWN_APPROVER)),
                new Endpoint("PUT /api/agencies/{creditCode}/kind", State.DRAFT,
                        (http, report) -> http.put("/api/agencies/" + agencyOf(report) + "/kind",
                                "{\"kind\": \"PEOPLES_GOVERNMENT\"}"), Set.of(Caller.ADMIN)),
                new Endpoint("POST /api/accounts", State.DRAFT, (http, report) -> http.post("/api/accounts", """
                        {"username": "u%s", "password": "long-enough-password", "roles": ["AUDITOR"]}"""
                        .formatted(System.nanoTime())), Set.of(Caller.ADMIN)),
                new Endpoint("GET /api/accounts/me", State.DRAFT, (http, report) -> http.get("/api/accounts/me"),
                        EVERYONE_SIGNED_IN),
                new Endpoint("POST /api/reports", State.DRAFT, (http, report) -> http.post("/api/reports", """
                        {"creditCode": "%s", "year": 2022}""".formatted(agencyOf(report))), Set.of(Caller.OWN_CLERK)),
                new Endpoint("GET /api/reports?creditCode=", State.DRAFT,
                        (http, report) -> http.get("/api/reports?creditCode=" + agencyOf(report)), READERS),
                new Endpoint("GET /api/reports/{reportId}", State.DRAFT,
                        (http, report) -> http.get("/api/reports/" + report), READERS),
                new Endpoint("GET /api/reports/{reportId}/figures/{cellId}/history", State.DRAFT,
                        (http, report) -> http.get("/api/reports/" + report + "/figures/s3.received.total/history"),
                        READERS),
                new Endpoint("GET /api/reports/{reportId}/explanations/{ruleId}/history", State.DRAFT,
                        (http, report) -> http.get("/api/reports/" + report + "/explanations/X-4/history"), READERS),
                new Endpoint("PUT /api/reports/{reportId}/figures", State.DRAFT,
                        (http, report) -> http.put("/api/reports/" + report + "/figures",
                                "{\"changes\": {\"s3.received.total\": 1}, \"reason\": \"录入\"}"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("PUT /api/reports/{reportId}/sections/{key}", State.DRAFT,
                        (http, report) -> http.putText("/api/reports/" + report + "/sections/other?reason=x", "正文"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("PUT /api/reports/{reportId}/explanations/{ruleId}", State.DRAFT,
                        (http, report) -> http.putText("/api/reports/" + report + "/explanations/X-4", "说明"),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("POST /api/reports/{reportId}/submit", State.DRAFT,
                        (http, report) -> http.post("/api/reports/" + report + "/submit", ""),
                        Set.of(Caller.OWN_CLERK)),
                new Endpoint("POST /api/reports/{reportId}/approve", State.AWAITING_APPROVAL,
                        (http, report) -> http.post("/api/reports/" + report + "/approve", "{}"),
                        Set.of(Caller.OWN_APPROVER)),
                new Endpoint("POST /api/reports/{reportId}/return", State.AWAITING_APPROVAL,
                        (http, report) -> http.post("/api/reports/" + report + "/return", "{\"comment\": \"请核实\"}"),
                        Set.of(Caller.OWN_APPROVER)),
                new Endpoint("POST /api/reports/{reportId}/corrections", State.PUBLISHED,
                        (http, report) -> http.post("/api/reports/" + report + "/corrections",
                                "{\"reason\": \"更正收费金额\"}"), Set.of(Caller.OWN_CLERK)));
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
        if (endpoint.state() == State.AWAITING_APPROVAL) {
            assertThat(http.post("/api/reports/" + report + "/submit", "").status()).isEqualTo(202);
        } else if (endpoint.state() == State.PUBLISHED) {
            publish(report);
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

    /** Submitted, signed off, accepted and published, with the other services' commands on Kafka. */
    private void publish(String report) {
        submit(report);
        TestTopics.send(Topics.SUBMISSION_COMMANDS, report, "validation:" + report + ":1", "validation-service",
                new RecordValidationOutcomeCommand(report, 1, report + "/1", "2021.2", List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/reports/" + report).json()
                .get("status").asText().equals("ACCEPTED"));
        TestTopics.send(Topics.SUBMISSION_COMMANDS, report, "publication:" + report + ":1", "publication-service",
                new MarkReportPublishedCommand(report, 1, 1, "http://portal/v1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/reports/" + report).json()
                .get("status").asText().equals("PUBLISHED"));
    }

    private static String agencyOf(String reportId) {
        return reportId.substring(0, 18);
    }
}
