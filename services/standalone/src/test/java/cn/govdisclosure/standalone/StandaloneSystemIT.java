package cn.govdisclosure.standalone;

import cn.govdisclosure.client.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.transparency.SignedCheckpoint;
import cn.govdisclosure.transparency.Verify;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole system end to end, as the standalone launcher runs it: three services talking only through a real
 * Kafka broker, each on its own database of a real PostgreSQL server, all data in one data directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneSystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PASSWORD = "test-password-2024";

    @TempDir
    static Path dataDirectory;
    static StandaloneSettings settings;
    static StandaloneSystem system;
    static String rejectedReportId;
    static String checkpointBeforeRestart;

    @BeforeAll
    static void startSystem() throws IOException {
        settings = new StandaloneSettings(dataDirectory, freePort(), freePort(), freePort(), freePort(), freePort());
        system = StandaloneSystem.start(settings);
    }

    @AfterAll
    static void stopSystem() {
        system.close();
    }

    @Test
    @Order(1)
    void publishesTheExampleReportWithEveryFigureAsEntered() {
        String portalUrl = new ExampleReportDemo(settings, system.adminPassword()).run();

        JsonNode example = ExampleReportDemo.example();
        String creditCode = example.get("agency").get("creditCode").asText();
        ApiClient reader = ApiClient.signIn(settings.submissionUrl(), "zezhou-clerk", ExampleReportDemo.DEMO_PASSWORD);
        JsonNode published = reader.at(settings.publicationUrl())
                .expect(reader.at(settings.publicationUrl()).get("/api/published/" + creditCode + "/2023"), 200);
        Map<String, BigDecimal> entered = figures(example.get("figures"));
        entered.put("s2.coercion.decisions", BigDecimal.ZERO);
        assertThat(figures(published.get("figures"))).hasSize(200).isEqualTo(entered);
        assertThat(published.get("sections").get("other").asText()).isEqualTo("本机关2023年度未收取政府信息公开信息处理费。");
        assertThat(published.get("warnings")).anySatisfy(warning -> {
            assertThat(warning.get("ruleId").asText()).isEqualTo("X-4");
            assertThat(warning.get("explanation").asText()).isEqualTo(example.get("explanations").get("X-4").asText());
        });

        HttpResponse<String> page = reader.at(portalUrl).get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");
        String auditHead = published.get("auditHeadHash").asText();
        assertThat(auditHead).matches("[0-9a-f]{64}");
        assertThat(page.body()).contains("审计链哈希").contains(auditHead);
        checkpointBeforeRestart = reader.at(settings.publicationUrl()).get("/api/transparency/checkpoint").body();

        JsonNode report = reader.expect(reader.get("/api/reports/" + creditCode + "-2023"), 200);
        assertThat(report.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(report.get("publishedVersion").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void sendsBackAReportWhoseTableThreeDoesNotBalance() {
        String creditCode = creditCode("000000042");
        ApiClient admin = ApiClient.signIn(settings.submissionUrl(), StandaloneSystem.ADMIN, system.adminPassword());
        admin.expect(admin.post("/api/agencies", JSON.createObjectNode().put("creditCode", creditCode)
                .put("name", "泽州县测试局").put("regionCode", "140525")), 201);
        account(admin, "test-clerk", "CLERK", creditCode, null);
        account(admin, "test-approver", "APPROVER", creditCode, 1);
        ApiClient clerk = ApiClient.signIn(settings.submissionUrl(), "test-clerk", PASSWORD);
        rejectedReportId = creditCode + "-2023";
        clerk.expect(clerk.post("/api/reports", JSON.createObjectNode().put("creditCode", creditCode)
                .put("year", 2023)), 201);
        ObjectNode figures = ExampleReportDemo.example().get("figures").deepCopy();
        figures.put("s2.coercion.decisions", 0);
        figures.put("s3.received.naturalPerson", 5);
        figures.put("s3.received.total", 5);
        clerk.expect(clerk.put("/api/reports/" + rejectedReportId + "/figures",
                JSON.createObjectNode().put("reason", "录入").set("changes", figures)), 200);
        ExampleReportDemo.example().get("sections").fields().forEachRemaining(section -> clerk.expect(clerk.putText(
                "/api/reports/" + rejectedReportId + "/sections/" + section.getKey() + "?reason=x",
                section.getValue().asText()), 200));
        ExampleReportDemo.example().get("explanations").fields().forEachRemaining(explanation -> clerk.expect(
                clerk.putText("/api/reports/" + rejectedReportId + "/explanations/" + explanation.getKey(),
                        explanation.getValue().asText()), 200));

        submitAndApprove(clerk, rejectedReportId);

        JsonNode rejected = awaitStatus(clerk, rejectedReportId, "REJECTED");
        JsonNode violation = rejected.get("violations").get(0);
        assertThat(violation.get("ruleId").asText()).isEqualTo("T3-1");
        assertThat(violation.get("severity").asText()).isEqualTo("ERROR");
        assertThat(violation.get("message").asText()).contains("自然人").contains("应为 5，实为 0");
        assertThat(JSON.convertValue(violation.get("cells"), String[].class))
                .contains("s3.received.naturalPerson", "s3.totalHandled.naturalPerson");
    }

    @Test
    @Order(3)
    void keepsEveryReportAcrossARestartOnTheSameDataDirectoryAndGoesOnWorking() throws IOException {
        String exampleReportId = ExampleReportDemo.example().get("agency").get("creditCode").asText() + "-2023";
        ApiClient auditorBefore = ApiClient.signIn(settings.submissionUrl(), "auditor", ExampleReportDemo.DEMO_PASSWORD);
        JsonNode before = auditorBefore.expect(auditorBefore.get("/api/reports/" + exampleReportId), 200);
        system.close();

        system = StandaloneSystem.start(settings);

        assertThat(auditorBefore.expect(auditorBefore.get("/api/reports/" + exampleReportId), 200))
                .as("a token issued before the restart is still valid: the signing key is kept").isEqualTo(before);
        ApiClient clerk = ApiClient.signIn(settings.submissionUrl(), "test-clerk", PASSWORD);
        assertThat(clerk.expect(clerk.get("/api/reports/" + rejectedReportId), 200).get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(clerk.at(settings.publicationUrl())
                .get("/portal/reports/" + exampleReportId.replace("-", "/")).statusCode()).isEqualTo(200);
        clerk.expect(clerk.put("/api/reports/" + rejectedReportId + "/figures", JSON.createObjectNode()
                .put("reason", "更正").set("changes", JSON.createObjectNode().put("s3.received.naturalPerson", 0)
                        .put("s3.received.total", 0))), 200);
        submitAndApprove(clerk, rejectedReportId);
        assertThat(awaitStatus(clerk, rejectedReportId, "PUBLISHED").get("submissionNumber").asInt()).isEqualTo(2);
        assertThat(theLogOnlyGrewSince(checkpointBeforeRestart, clerk.at(settings.publicationUrl())))
                .as("checked offline, with the key kept across the restart").isZero();
    }

    /**
     * Registered agencies reach the publication service over Kafka, with their kind: the deadline dashboard of
     * 泽州县 lists the example agency, the test bureau (made a people's government afterwards, so its deadline moves
     * to 31 March) and a people's government that has not published.
     */
    @Test
    @Order(4)
    void tellsThePortalWhichAgenciesAreRegisteredAndOfWhatKind() {
        ApiClient admin = ApiClient.signIn(settings.submissionUrl(), StandaloneSystem.ADMIN, system.adminPassword());
        String government = creditCode("000000043");
        admin.expect(admin.post("/api/agencies", JSON.createObjectNode().put("creditCode", government)
                .put("name", "泽州县人民政府").put("regionCode", "140525").put("kind", "PEOPLES_GOVERNMENT")), 201);
        String testBureau = rejectedReportId.substring(0, 18);
        admin.expect(admin.put("/api/agencies/" + testBureau + "/kind",
                JSON.createObjectNode().put("kind", "PEOPLES_GOVERNMENT")), 200);
        String example = ExampleReportDemo.example().get("agency").get("creditCode").asText();

        ApiClient portal = ApiClient.signIn(settings.submissionUrl(), "auditor", ExampleReportDemo.DEMO_PASSWORD)
                .at(settings.publicationUrl());
        String dashboard = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> portal.get("/portal/compliance?region=140525&year=2023").body(),
                        page -> page.contains(government) && page.contains("2024年3月31日"));

        assertThat(status(dashboard, example)).isEqualTo("LATE");
        assertThat(status(dashboard, government)).isEqualTo("MISSING");
        assertThat(row(dashboard, government)).contains("县级以上人民政府").contains("2024年3月31日");
        assertThat(row(dashboard, testBureau)).contains("县级以上人民政府");
    }

    /** The row of the dashboard's agency lists that names the agency. */
    private static String row(String dashboard, String creditCode) {
        int start = dashboard.indexOf("data-credit-code=\"" + creditCode + "\"");
        assertThat(start).as(creditCode + " is listed").isNotNegative();
        return dashboard.substring(start, dashboard.indexOf("</tr>", start));
    }

    private static String status(String dashboard, String creditCode) {
        String row = row(dashboard, creditCode);
        int at = row.indexOf("data-status=\"") + "data-status=\"".length();
        return row.substring(at, row.indexOf('"', at));
    }

    private static int theLogOnlyGrewSince(String olderCheckpoint, ApiClient publication) throws IOException {
        String checkpoint = publication.get("/api/transparency/checkpoint").body();
        long from = SignedCheckpoint.parse(olderCheckpoint).checkpoint().treeSize();
        long to = SignedCheckpoint.parse(checkpoint).checkpoint().treeSize();
        Path auditor = Files.createDirectories(dataDirectory.resolve("auditor"));
        String[] files = {
                Files.writeString(auditor.resolve("key.pem"), publication.get("/api/transparency/public-key").body())
                        .toString(),
                Files.writeString(auditor.resolve("checkpoint"), checkpoint).toString(),
                Files.writeString(auditor.resolve("older-checkpoint"), olderCheckpoint).toString(),
                Files.writeString(auditor.resolve("proof.json"), publication.get(
                        "/api/transparency/proof/consistency?from=" + from + "&to=" + to).body()).toString()};
        return Verify.run(new String[] {"consistency", files[0], files[1], files[2], files[3]}, System.out);
    }

    private static void submitAndApprove(ApiClient clerk, String reportId) {
        clerk.expect(clerk.post("/api/reports/" + reportId + "/submit", JSON.createObjectNode()), 202);
        ApiClient approver = ApiClient.signIn(settings.submissionUrl(), "test-approver", PASSWORD);
        approver.expect(approver.post("/api/reports/" + reportId + "/approve", JSON.createObjectNode()), 200);
    }

    private static void account(ApiClient admin, String username, String role, String creditCode, Integer level) {
        ObjectNode account = JSON.createObjectNode().put("username", username).put("password", PASSWORD)
                .put("creditCode", creditCode);
        account.putArray("roles").add(role);
        if (level != null) {
            account.put("approvalLevel", level);
        }
        admin.expect(admin.post("/api/accounts", account), 201);
    }

    private static JsonNode awaitStatus(ApiClient client, String reportId, String status) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> client.expect(client.get("/api/reports/" + reportId), 200),
                        report -> report.get("status").asText().equals(status));
    }

    private static Map<String, BigDecimal> figures(JsonNode node) {
        Map<String, BigDecimal> figures = new HashMap<>();
        node.fields().forEachRemaining(field -> figures.put(field.getKey(),
                field.getValue().decimalValue().stripTrailingZeros()));
        return figures;
    }

    private static String creditCode(String serial) {
        String first17 = "11140525" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
