package cn.govdisclosure.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files the example report (泽州县人力资源和社会保障局, 2023) through the public HTTP API, as a clerk would, and
 * waits until it is published. Its figures and parts are a transcription of the published report kept next to it
 * ({@code demo/zezhou-hrss-2023.txt}). The published report lacks the 行政强制 row; the demo enters 0 for it with
 * a reason that says so, and explains the warnings the rules raise. Running it again on the same data finds the report already filed and only reports where
 * it stands.
 */
final class ExampleReportDemo {

    private static final Logger log = LoggerFactory.getLogger(ExampleReportDemo.class);
    private static final String DEMO_USER = "demo-clerk";
    private static final Duration PUBLICATION_TIMEOUT = Duration.ofMinutes(2);

    private final StandaloneSettings settings;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    ExampleReportDemo(StandaloneSettings settings) {
        this.settings = settings;
    }

    /** Files the report if it is not filed yet, waits for its publication and returns the portal URL. */
    String run() {
        JsonNode example = example();
        JsonNode agency = example.get("agency");
        String creditCode = agency.get("creditCode").asText();
        int year = example.get("year").asInt();
        String reportId = creditCode + "-" + year;

        expect(post("/api/agencies", agency), 201, 409);
        if (get("/api/reports/" + reportId).statusCode() == 404) {
            expect(post("/api/reports", json.createObjectNode().put("creditCode", creditCode).put("year", year)), 201);
        }
        String status = report(reportId).get("status").asText();
        if (status.equals("DRAFT") || status.equals("REJECTED")) {
            enter(reportId, example);
            expect(post("/api/reports/" + reportId + "/submit", json.createObjectNode()), 202);
            log.info("Submitted the example report {}", reportId);
        }
        JsonNode published = awaitPublication(reportId);
        log.info("The example report is published as version {}", published.get("publishedVersion").asInt());
        return settings.publicationUrl() + "/portal/reports/" + creditCode + "/" + year;
    }

    private void enter(String reportId, JsonNode example) {
        ObjectNode figures = json.createObjectNode();
        figures.set("changes", example.get("figures"));
        figures.put("reason", "按本机关已公开的2023年度报告录入");
        expect(put("/api/reports/" + reportId + "/figures", figures), 200);

        ObjectNode coercion = json.createObjectNode();
        coercion.putObject("changes").put("s2.coercion.decisions", 0);
        coercion.put("reason", "原报告表二缺少“行政强制”一行；本机关2023年度未作出行政强制决定，按0补录");
        expect(put("/api/reports/" + reportId + "/figures", coercion), 200);

        example.get("sections").fields().forEachRemaining(section -> putText("/api/reports/" + reportId
                + "/sections/" + section.getKey() + "?reason="
                + URLEncoder.encode("按已公开报告录入", StandardCharsets.UTF_8), section.getValue().asText()));
        // The rules warn of disputes without applications and of a filing after the deadline: a
        // warning needs the agency's explanation before the report can be accepted.
        example.get("explanations").fields().forEachRemaining(explanation -> putText("/api/reports/" + reportId
                + "/explanations/" + explanation.getKey(), explanation.getValue().asText()));
    }

    private void putText(String path, String text) {
        expect(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain;charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text))), 200);
    }

    private JsonNode awaitPublication(String reportId) {
        Instant deadline = Instant.now().plus(PUBLICATION_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode report = report(reportId);
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

    private JsonNode report(String reportId) {
        return body(expect(get("/api/reports/" + reportId), 200));
    }

    private JsonNode example() {
        try (InputStream in = ExampleReportDemo.class.getResourceAsStream("/demo/zezhou-hrss-2023.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, JsonNode body) {
        return send(jsonRequest(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpResponse<String> put(String path, JsonNode body) {
        return send(jsonRequest(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder jsonRequest(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create(settings.submissionUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-User", DEMO_USER).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
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
