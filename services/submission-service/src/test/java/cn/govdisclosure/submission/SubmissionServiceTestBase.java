package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One running submission service, on the shared test PostgreSQL and Kafka, for all HTTP and Kafka tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + SubmissionServiceApplication.CONFIG_NAME)
abstract class SubmissionServiceTestBase {

    private static final AtomicInteger AGENCIES = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SubmissionServiceTestSupport.properties(registry, "submission_it");
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    /** The administrator; after {@link #registerAgencyWithReport}, {@link #http} is that agency's clerk. */
    TestHttp admin;
    TestHttp http;

    @BeforeEach
    void connect() {
        admin = new TestHttp(port, TestTokens.admin());
        http = admin;
    }

    /** Registers a new agency and opens its report for the year as its clerk; returns the report id. */
    String registerAgencyWithReport(int year) {
        String creditCode = newCreditCode();
        assertThat(admin.post("/api/agencies", """
                {"creditCode": "%s", "name": "测试县人力资源和社会保障局", "regionCode": "140525"}"""
                .formatted(creditCode)).status()).isEqualTo(201);
        http = new TestHttp(port, TestTokens.clerkOf(creditCode));
        Answer created = http.post("/api/reports", """
                {"creditCode": "%s", "year": %d}""".formatted(creditCode, year));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("reportId").asText();
    }

    /** The clerk submits and the agency's approver signs off: the report goes to validation. */
    Answer submit(String reportId) {
        Answer forApproval = http.post("/api/reports/" + reportId + "/submit", "");
        assertThat(forApproval.status()).as(String.valueOf(forApproval.json())).isEqualTo(202);
        return approver(reportId).post("/api/reports/" + reportId + "/approve", "{}");
    }

    TestHttp approver(String reportId) {
        return new TestHttp(port, TestTokens.approverOf(reportId.substring(0, 18), 1));
    }

    Answer changeFigures(String reportId, String changes, String reason) {
        return http.put("/api/reports/" + reportId + "/figures",
                "{\"changes\": " + changes + ", \"reason\": \"" + reason + "\"}");
    }

    /** A valid 统一社会信用代码 not used by any other test. */
    static String newCreditCode() {
        String first17 = "11140525" + String.format("%09d", AGENCIES.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }
}
