package cn.govdisclosure.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.kernel.agency.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDirectory;
    static StandaloneSettings settings;
    static StandaloneSystem system;
    static String rejectedReportId;

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
        String portalUrl = new ExampleReportDemo(settings).run();

        JsonNode example = example();
        String creditCode = example.get("agency").get("creditCode").asText();
        JsonNode published = getJson(settings.publicationUrl() + "/api/published/" + creditCode + "/2023");
        Map<String, BigDecimal> entered = figures(example.get("figures"));
        entered.put("s2.coercion.decisions", BigDecimal.ZERO);
        assertThat(figures(published.get("figures"))).hasSize(200).isEqualTo(entered);
        assertThat(published.get("sections").get("other").asText()).isEqualTo("本机关2023年度未收取政府信息公开信息处理费。");
        assertThat(published.get("warnings")).anySatisfy(warning -> {
            assertThat(warning.get("ruleId").asText()).isEqualTo("X-4");
            assertThat(warning.get("explanation").asText()).isEqualTo(
                    example.get("explanations").get("X-4").asText());
        });

        HttpResponse<String> page = get(portalUrl);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("泽州县人力资源和社会保障局2023年政府信息公开工作年度报告");

        JsonNode report = getJson(settings.submissionUrl() + "/api/reports/" + creditCode + "-2023");
        assertThat(report.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(report.get("publishedVersion").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void sendsBackAReportWhoseTableThreeDoesNotBalance() {
        String creditCode = creditCode("000000042");
        send("POST", "/api/agencies", JSON.createObjectNode().put("creditCode", creditCode).put("name", "泽州县测试局")
                .put("regionCode", "140525"));
        send("POST", "/api/reports", JSON.createObjectNode().put("creditCode", creditCode).put("year", 2023));
        rejectedReportId = creditCode + "-2023";
        ObjectNode figures = (ObjectNode) example().get("figures").deepCopy();
        figures.put("s2.coercion.decisions", 0);
        figures.put("s3.received.naturalPerson", 5);
        figures.put("s3.received.total", 5);
        send("PUT", "/api/reports/" + rejectedReportId + "/figures",
                JSON.createObjectNode().put("reason", "录入").set("changes", figures));
        example().get("sections").fields().forEachRemaining(section -> sendText("/api/reports/" + rejectedReportId
                + "/sections/" + section.getKey() + "?reason=x", section.getValue().asText()));
        example().get("explanations").fields().forEachRemaining(explanation -> sendText("/api/reports/"
                + rejectedReportId + "/explanations/" + explanation.getKey(), explanation.getValue().asText()));

        send("POST", "/api/reports/" + rejectedReportId + "/submit", JSON.createObjectNode());

        JsonNode rejected = awaitStatus(rejectedReportId, "REJECTED");
        JsonNode violation = rejected.get("violations").get(0);
        assertThat(violation.get("ruleId").asText()).isEqualTo("T3-1");
        assertThat(violation.get("severity").asText()).isEqualTo("ERROR");
        assertThat(violation.get("message").asText()).contains("自然人").contains("应为 5，实为 0");
        assertThat(JSON.convertValue(violation.get("cells"), String[].class))
                .contains("s3.received.naturalPerson", "s3.totalHandled.naturalPerson");
    }

    @Test
    @Order(3)
    void keepsEveryReportAcrossARestartOnTheSameDataDirectoryAndGoesOnWorking() {
        String exampleReportId = example().get("agency").get("creditCode").asText() + "-2023";
        JsonNode before = getJson(settings.submissionUrl() + "/api/reports/" + exampleReportId);
        system.close();

        system = StandaloneSystem.start(settings);

        assertThat(getJson(settings.submissionUrl() + "/api/reports/" + exampleReportId)).isEqualTo(before);
        assertThat(getJson(settings.submissionUrl() + "/api/reports/" + rejectedReportId).get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(get(settings.publicationUrl() + "/portal/reports/" + exampleReportId.replace("-", "/"))
                .statusCode()).isEqualTo(200);
        send("PUT", "/api/reports/" + rejectedReportId + "/figures", JSON.createObjectNode().put("reason", "更正")
                .set("changes", JSON.createObjectNode().put("s3.received.naturalPerson", 0).put("s3.received.total", 0)));
        send("POST", "/api/reports/" + rejectedReportId + "/submit", JSON.createObjectNode());
        assertThat(awaitStatus(rejectedReportId, "PUBLISHED").get("submissionNumber").asInt()).isEqualTo(2);
    }

    private static JsonNode awaitStatus(String reportId, String status) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> getJson(settings.submissionUrl() + "/api/reports/" + reportId),
                        report -> report.get("status").asText().equals(status));
    }

    private static Map<String, BigDecimal> figures(JsonNode node) {
        Map<String, BigDecimal> figures = new HashMap<>();
        node.fields().forEachRemaining(field -> figures.put(field.getKey(),
                field.getValue().decimalValue().stripTrailingZeros()));
        return figures;
    }

    private static JsonNode example() {
        try (InputStream in = StandaloneSystemIT.class.getResourceAsStream("/demo/zezhou-hrss-2023.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(String method, String path, JsonNode body) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.submissionUrl() + path))
                .header("Content-Type", "application/json").header("X-User", "test-clerk")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
    }

    private static void sendText(String path, String text) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.submissionUrl() + path))
                .header("Content-Type", "text/plain;charset=UTF-8").header("X-User", "test-clerk")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
        assertThat(response.statusCode()).as("PUT " + path + ": " + response.body()).isEqualTo(200);
    }

    private static JsonNode getJson(String url) {
        try {
            return JSON.readTree(get(url).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String url) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
