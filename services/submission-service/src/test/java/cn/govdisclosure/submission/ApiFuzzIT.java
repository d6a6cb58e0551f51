package cn.govdisclosure.submission;

import static cn.govdisclosure.submission.FuzzInputs.AGENCY;
import static cn.govdisclosure.submission.FuzzInputs.REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.test.context.TestContextManager;

/**
 * Generated requests to every endpoint, each with a token of the role the endpoint wants: whatever the body and
 * whatever the ids, the service never answers with a 5xx, and every 4xx is problem JSON.
 *
 * <p>jqwik runs these properties, not JUnit Jupiter; they join the service the other integration tests run through
 * Spring's test context cache, like any other test of {@link SubmissionServiceTestBase}.
 */
class ApiFuzzIT extends SubmissionServiceTestBase {

    private static final int TRIES = 40;

    String reportId;
    String creditCode;

    @BeforeProperty
    void joinTheRunningService() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        connect();
        reportId = registerAgencyWithReport(2023);
        creditCode = reportId.substring(0, 18);
    }

    @Property(tries = TRIES)
    void registeringAgencies(@ForAll("agencies") String body) {
        assertAnswered(admin.post("/api/agencies", real(body)));
    }

    @Property(tries = TRIES)
    void creatingReports(@ForAll("reports") String body) {
        assertAnswered(http.post("/api/reports", real(body)));
    }

    @Property(tries = TRIES)
    void changingFigures(@ForAll("segments") String id, @ForAll("figureChanges") String body) {
        assertAnswered(http.put(real("/api/reports/" + id + "/figures"), real(body)));
    }

    @Property(tries = TRIES)
    void changingSections(@ForAll("segments") String id, @ForAll("segments") String key,
                          @ForAll("queryValues") String reason, @ForAll("texts") byte[] text) {
        assertAnswered(http.send("PUT", real("/api/reports/" + id + "/sections/" + key + "?reason=" + reason),
                "text/plain;charset=UTF-8", text));
    }

    @Property(tries = TRIES)
    void explainingWarnings(@ForAll("segments") String id, @ForAll("segments") String ruleId,
                            @ForAll("texts") byte[] text) {
        assertAnswered(http.send("PUT", real("/api/reports/" + id + "/explanations/" + ruleId), "text/plain", text));
    }

    @Property(tries = TRIES)
    void submittingApprovingAndReturning(@ForAll("segments") String id, @ForAll("approvals") String body) {
        TestHttp approver = approver(reportId);
        assertAnswered(http.post(real("/api/reports/" + id + "/submit"), real(body)));
        assertAnswered(approver.post(real("/api/reports/" + id + "/approve"), real(body)));
        assertAnswered(approver.post(real("/api/reports/" + id + "/return"), real(body)));
    }

    @Property(tries = TRIES)
    void reading(@ForAll("segments") String id, @ForAll("segments") String cellOrRule,
                 @ForAll("queryValues") String creditCodeParameter) {
        assertAnswered(http.get(real("/api/reports/" + id)));
        assertAnswered(http.get(real("/api/reports/" + id + "/figures/" + cellOrRule + "/history")));
        assertAnswered(http.get(real("/api/reports/" + id + "/explanations/" + cellOrRule + "/history")));
        assertAnswered(http.get(real("/api/reports?creditCode=" + creditCodeParameter)));
        assertAnswered(admin.get(real("/api/agencies/" + id)));
    }

    @Property(tries = TRIES)
    void creatingAccountsAndSigningIn(@ForAll("accounts") String body) {
        assertAnswered(admin.post("/api/accounts", real(body)));
        assertAnswered(new TestHttp(port, null).post("/api/auth/token", real(body)));
    }

    @Provide
    Arbitrary<String> agencies() {
        return FuzzInputs.body(FuzzInputs.objectWith(Map.of(
                "creditCode", Arbitraries.oneOf(Arbitraries.create(SubmissionServiceTestBase::newCreditCode)
                        .map(FuzzInputs::quoted), FuzzInputs.string()),
                "name", FuzzInputs.string(),
                "regionCode", Arbitraries.oneOf(Arbitraries.of("\"140525\"", "140525", "\"000000\""),
                        FuzzInputs.string()),
                "kind", Arbitraries.oneOf(Arbitraries.of("\"DEPARTMENT\"", "\"PEOPLES_GOVERNMENT\"", "null"),
                        FuzzInputs.string()))));
    }

    @Provide
    Arbitrary<String> reports() {
        return FuzzInputs.body(FuzzInputs.objectWith(Map.of(
                "creditCode", Arbitraries.oneOf(Arbitraries.just(FuzzInputs.quoted(AGENCY)), FuzzInputs.string()),
                "year", Arbitraries.oneOf(Arbitraries.integers().between(2015, 2030).map(String::valueOf),
                        FuzzInputs.number()))));
    }

    @Provide
    Arbitrary<String> figureChanges() {
        return FuzzInputs.body(FuzzInputs.objectWith(Map.of("changes", FuzzInputs.figureChanges(),
                "reason", FuzzInputs.string())));
    }

    @Provide
    Arbitrary<String> approvals() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                FuzzInputs.body(FuzzInputs.objectWith(Map.of("comment", FuzzInputs.string()))));
    }

    @Provide
    Arbitrary<String> accounts() {
        return FuzzInputs.body(FuzzInputs.objectWith(Map.of(
                "username", Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofLength(12)
                        .map(FuzzInputs::quoted), FuzzInputs.string()),
                "password", Arbitraries.oneOf(Arbitraries.strings().withCharRange('!', '~').ofMinLength(10)
                        .ofMaxLength(128).map(FuzzInputs::quoted), FuzzInputs.string()),
                "roles", Arbitraries.of("[\"AUDITOR\"]", "[\"CLERK\"]", "[\"APPROVER\",\"CLERK\"]",
                        "[\"SUPERVISOR\"]", "[null]", "[]", "\"ADMIN\""),
                "creditCode", Arbitraries.oneOf(Arbitraries.just(FuzzInputs.quoted(AGENCY)), FuzzInputs.string()),
                "regionCode", Arbitraries.oneOf(Arbitraries.just("\"140500\""), FuzzInputs.string()),
                "approvalLevel", FuzzInputs.number())));
    }

    @Provide
    Arbitrary<String> segments() {
        return FuzzInputs.pathSegment();
    }

    @Provide
    Arbitrary<String> queryValues() {
        return FuzzInputs.queryValue();
    }

    @Provide
    Arbitrary<byte[]> texts() {
        return FuzzInputs.textBody();
    }

    /** Answered as a client may be answered: a success, or a 4xx problem; never a 5xx. */
    private void assertAnswered(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(answer.status());
        }
    }

    /** The text with the placeholders of the generated inputs replaced by the test's real report and agency. */
    private String real(String text) {
        return text.replace(REPORT, reportId).replace(AGENCY, creditCode);
    }
}
