package cn.govdisclosure.standalone;

import cn.govdisclosure.client.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files the example report (泽州县人力资源和社会保障局, 2023) through the public HTTP API, as its people would: the
 * administrator registers the agency and its users, the clerk enters the report and submits it, the approver signs
 * it off, and the system validates and publishes it.
 *
 * <p>It also prepares the same report for filing by hand in the workspace: a practice agency with its own clerk and
 * approver ({@code demo-clerk}, {@code demo-approver}), nothing filed yet, and a copy of the example document in the
 * data directory to import. Its figures and parts are a transcription of the published
 * report kept next to it ({@code demo/zezhou-hrss-2023.txt}). The published report lacks the 行政强制 row; the
 * demo enters 0 for it with a reason that says so, and explains the warnings the rules raise. Running it again on
 * the same data finds everything in place and only reports where the report stands.
 */
final class ExampleReportDemo {

    /** The password of every demo user; the demo runs on a local machine only. */
    static final String DEMO_PASSWORD = "zezhou-demo-2024";

    /** The people of the demo: who they are and what they may do. */
    record DemoUser(String username, String role, String creditCode, String regionCode, Integer approvalLevel,
                    String description) {
    }

    private static final Logger log = LoggerFactory.getLogger(ExampleReportDemo.class);
    private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The practice agency, fictional, for filing the example by hand in the workspace. */
    static final String PRACTICE_CREDIT_CODE = "11140525009876543U";
    static final String PRACTICE_AGENCY = "泽州县人力资源和社会保障局（上手练习）";
    static final String EXAMPLE_DOCUMENT = "zezhou-hrss-2023.txt";

    private final StandaloneSettings settings;
    private final String adminPassword;
    private final JsonNode example = example();
    private final String creditCode = example.get("agency").get("creditCode").asText();

    ExampleReportDemo(StandaloneSettings settings, String adminPassword) {
        this.settings = settings;
        this.adminPassword = adminPassword;
    }

    List<DemoUser> users() {
        return List.of(
                new DemoUser("zezhou-clerk", "CLERK", creditCode, null, null, "泽州县人社局填报人"),
                new DemoUser("zezhou-approver", "APPROVER", creditCode, null, 1, "泽州县人社局第1级审核人"),
                new DemoUser("jincheng-supervisor", "SUPERVISOR", null, "140500", null, "晋城市监督人员"),
                new DemoUser("auditor", "AUDITOR", null, null, null, "审计人员（只读）"),
                new DemoUser("demo-clerk", "CLERK", PRACTICE_CREDIT_CODE, null, null, "上手练习：填报人"),
                new DemoUser("demo-approver", "APPROVER", PRACTICE_CREDIT_CODE, null, 1, "上手练习：审核人"));
    }

    /**
     * Registers the example's agency, the practice agency and every demo user (what exists already is left as it
     * is), and puts the example document into the data directory; answers the document's path.
     */
    Path prepare() {
        ApiClient admin = ApiClient.signIn(settings.submissionUrl(), StandaloneSystem.ADMIN, adminPassword);
        admin.expect(admin.post("/api/agencies", example.get("agency")), 201, 409);
        admin.expect(admin.post("/api/agencies", JSON.createObjectNode().put("creditCode", PRACTICE_CREDIT_CODE)
                .put("name", PRACTICE_AGENCY).put("regionCode", example.get("agency").get("regionCode").asText())),
                201, 409);
        users().forEach(user -> admin.expect(admin.post("/api/accounts", account(user)), 201, 409));
        return exampleDocument();
    }

    /** Files the report if it is not filed yet, waits for its publication and returns the portal URL. */
    String run() {
        prepare();
        ApiClient clerk = ApiClient.signIn(settings.submissionUrl(), "zezhou-clerk", DEMO_PASSWORD);
        ApiClient approver = ApiClient.signIn(settings.submissionUrl(), "zezhou-approver", DEMO_PASSWORD);

        int year = example.get("year").asInt();
        String reportId = creditCode + "-" + year;
        if (clerk.get("/api/reports/" + reportId).statusCode() == 404) {
            clerk.expect(clerk.post("/api/reports", JSON.createObjectNode().put("creditCode", creditCode)
                    .put("year", year)), 201);
        }
        String status = status(clerk, reportId);
        if (status.equals("DRAFT") || status.equals("REJECTED")) {
            enter(clerk, reportId);
            clerk.expect(clerk.post("/api/reports/" + reportId + "/submit", JSON.createObjectNode()), 202);
            log.info("Submitted the example report {} for approval", reportId);
        }
        if (status(clerk, reportId).equals("AWAITING_APPROVAL")) {
            approver.expect(approver.post("/api/reports/" + reportId + "/approve",
                    JSON.createObjectNode().put("comment", "同意公开")), 200);
        }
        JsonNode published = awaitPublication(clerk, reportId);
        log.info("The example report is published as version {}", published.get("publishedVersion").asInt());
        return settings.publicationUrl() + "/portal/reports/" + creditCode + "/" + year;
    }

    private void enter(ApiClient clerk, String reportId) {
        ObjectNode figures = JSON.createObjectNode();
        figures.set("changes", example.get("figures"));
        figures.put("reason", "按本机关已公开的2023年度报告录入");
        clerk.expect(clerk.put("/api/reports/" + reportId + "/figures", figures), 200);

        ObjectNode coercion = JSON.createObjectNode();
        coercion.putObject("changes").put("s2.coercion.decisions", 0);
        coercion.put("reason", "原报告表二缺少“行政强制”一行；本机关2023年度未作出行政强制决定，按0补录");
        clerk.expect(clerk.put("/api/reports/" + reportId + "/figures", coercion), 200);

        String reason = URLEncoder.encode("按已公开报告录入", StandardCharsets.UTF_8);
        example.get("sections").fields().forEachRemaining(section -> clerk.expect(clerk.putText("/api/reports/"
                + reportId + "/sections/" + section.getKey() + "?reason=" + reason, section.getValue().asText()), 200));
        // The rules warn of disputes without applications and of a filing after the deadline: a
        // warning needs the agency's explanation before the report can be accepted.
        example.get("explanations").fields().forEachRemaining(explanation -> clerk.expect(clerk.putText(
                "/api/reports/" + reportId + "/explanations/" + explanation.getKey(),
                explanation.getValue().asText()), 200));
    }

    private JsonNode awaitPublication(ApiClient clerk, String reportId) {
        Instant deadline = Instant.now().plus(PUBLICATION_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = clerk.expect(clerk.get("/api/reports/" + reportId), 200);
            switch (report.get("status").asText()) {
                case "PUBLISHED" -> {
                    return report;
                }
                case "REJECTED" -> throw new IllegalStateException("The example report was rejected: "
                        + report.get("violations"));
                default -> pause();
            }
        }
        throw new IllegalStateException("The example report was not published within " + PUBLICATION_TIMEOUT);
    }

    private static String status(ApiClient client, String reportId) {
        return client.expect(client.get("/api/reports/" + reportId), 200).get("status").asText();
    }

    private static ObjectNode account(DemoUser user) {
        ObjectNode account = JSON.createObjectNode().put("username", user.username()).put("password", DEMO_PASSWORD);
        account.putArray("roles").add(user.role());
        account.put("creditCode", user.creditCode()).put("regionCode", user.regionCode());
        if (user.approvalLevel() != null) {
            account.put("approvalLevel", user.approvalLevel());
        }
        return account;
    }

    /** The example report's published text, copied into the data directory for the workspace's import. */
    private Path exampleDocument() {
        Path document = settings.dataDirectory().resolve("demo").resolve(EXAMPLE_DOCUMENT);
        if (Files.exists(document)) {
            return document;
        }
        try (InputStream in = ExampleReportDemo.class.getResourceAsStream("/demo/" + EXAMPLE_DOCUMENT)) {
            Files.createDirectories(document.getParent());
            Files.copy(in, document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode example() {
        try (InputStream in = ExampleReportDemo.class.getResourceAsStream("/demo/zezhou-hrss-2023.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
