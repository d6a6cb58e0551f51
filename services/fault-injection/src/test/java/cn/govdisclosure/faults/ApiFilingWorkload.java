package cn.govdisclosure.faults;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.support.security.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agencies filing the example report (泽州县人社局 2023, under their own credit codes) as their clerk and approver
 * would: register, create the report, enter the figures in several changes, the parts and the explanations, submit,
 * sign off, and wait for publication. Every step is safe to repeat — a change to the value a cell already has
 * records nothing, a submission or sign-off that already happened is recognised by the report's status — so a
 * request whose answer was lost in a fault is simply sent again.
 */
final class ApiFilingWorkload implements FilingWorkload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final int FIGURE_CHANGES = 5;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final String submissionUrl;
    private final Duration deadline;
    private final JsonNode example;
    private final String admin = TestTokens.admin();

    ApiFilingWorkload(String submissionUrl, Path exampleReport, Duration deadline) {
        this.submissionUrl = submissionUrl;
        this.deadline = deadline;
        try {
            this.example = JSON.readTree(exampleReport.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Filing file(int agency) {
        String first17 = "91140525" + String.format("%09d", agency);
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        int year = example.get("year").asInt();
        String reportId = creditCode + "-" + year;
        List<Map<String, BigDecimal>> changes = figureChanges();
        Map<String, BigDecimal> figures = new TreeMap<>();
        changes.forEach(figures::putAll);
        Map<String, String> sections = texts(example.get("sections"));
        Map<String, String> explanations = texts(example.get("explanations"));
        Instant until = Instant.now().plus(deadline);
        String clerk = TestTokens.clerkOf(creditCode);
        String approver = TestTokens.approverOf(creditCode, 1);
        try {
            ObjectNode registration = JSON.createObjectNode().put("creditCode", creditCode)
                    .put("name", "故障演练第" + agency + "局").put("regionCode", example.get("agency")
                            .get("regionCode").asText());
            send(until, admin, "POST", "/api/agencies", registration, Set.of(201, 409));
            send(until, clerk, "POST", "/api/reports",
                    JSON.createObjectNode().put("creditCode", creditCode).put("year", year), Set.of(201, 409));
            for (Map<String, BigDecimal> change : changes) {
                ObjectNode body = JSON.createObjectNode().put("reason", "按已公开报告分批录入");
                body.set("changes", JSON.valueToTree(change));
                send(until, clerk, "PUT", "/api/reports/" + reportId + "/figures", body, Set.of(200));
            }
            String reason = URLEncoder.encode("按已公开报告录入", StandardCharsets.UTF_8);
            for (var section : sections.entrySet()) {
                sendText(until, clerk, "/api/reports/" + reportId + "/sections/" + section.getKey() + "?reason="
                        + reason, section.getValue());
            }
            for (var explanation : explanations.entrySet()) {
                sendText(until, clerk, "/api/reports/" + reportId + "/explanations/" + explanation.getKey(),
                        explanation.getValue());
            }
            if (send(until, clerk, "POST", "/api/reports/" + reportId + "/submit", JSON.createObjectNode(),
                    Set.of(202, 409)) == 409) {
                requireStatusNot(until, clerk, reportId, "DRAFT");
            }
            if (send(until, approver, "POST", "/api/reports/" + reportId + "/approve",
                    JSON.createObjectNode().put("comment", "同意"), Set.of(200, 409)) == 409) {
                requireStatusNot(until, clerk, reportId, "AWAITING_APPROVAL");
            }
            String status = awaitPublication(until, clerk, reportId);
            return new Filing(reportId, creditCode, year, figures, sections, explanations, changes.size(), status,
                    status.equals("PUBLISHED") ? null : "ended " + status);
        } catch (RuntimeException e) {
            return new Filing(reportId, creditCode, year, figures, sections, explanations, changes.size(),
                    lastStatus(clerk, reportId), e.getMessage());
        }
    }

    /** The example's figures (and 0 for the 行政强制 row it lacks) in several changes of disjoint cells. */
    private List<Map<String, BigDecimal>> figureChanges() {
        Map<String, BigDecimal> all = new TreeMap<>();
        example.get("figures").fields().forEachRemaining(cell -> all.put(cell.getKey(), cell.getValue().decimalValue()));
        all.putIfAbsent("s2.coercion.decisions", BigDecimal.ZERO);
        List<Map<String, BigDecimal>> changes = new ArrayList<>();
        for (int i = 0; i < FIGURE_CHANGES; i++) {
            changes.add(new LinkedHashMap<>());
        }
        int i = 0;
        for (var cell : all.entrySet()) {
            changes.get(i++ % FIGURE_CHANGES).put(cell.getKey(), cell.getValue());
        }
        return changes;
    }

    private String awaitPublication(Instant until, String clerk, String reportId) {
        while (Instant.now().isBefore(until)) {
            String status = lastStatus(clerk, reportId);
            if ("PUBLISHED".equals(status) || "REJECTED".equals(status)) {
                return status;
            }
            ChildProcess.pause(RETRY_PAUSE);
        }
        throw new IllegalStateException(reportId + " not published within " + deadline + " (last status "
                + lastStatus(clerk, reportId) + ")");
    }

    private void requireStatusNot(Instant until, String clerk, String reportId, String status) {
        String now = lastStatus(clerk, reportId);
        while (now == null && Instant.now().isBefore(until)) {
            ChildProcess.pause(RETRY_PAUSE);
            now = lastStatus(clerk, reportId);
        }
        if (status.equals(now)) {
            throw new IllegalStateException(reportId + " refused to leave " + status);
        }
    }

    private String lastStatus(String token, String reportId) {
        try {
            HttpResponse<String> answer = request(token, "GET", "/api/reports/" + reportId, null, null);
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()).get("status").asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void sendText(Instant until, String token, String path, String text) {
        send(until, token, "PUT", path, "text/plain;charset=UTF-8", text, Set.of(200));
    }

    private int send(Instant until, String token, String method, String path, JsonNode body, Set<Integer> expected) {
        return send(until, token, method, path, "application/json", body.toString(), expected);
    }

    /**
     * Sends until one of the expected statuses comes back. The system being down (no connection, a time-out, a 5xx)
     * is waited out; any other answer is the filing's failure.
     */
    private int send(Instant until, String token, String method, String path, String contentType, String body,
                     Set<Integer> expected) {
        String last = "not sent";
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<String> answer = request(token, method, path, contentType, body);
                if (expected.contains(answer.statusCode())) {
                    return answer.statusCode();
                }
                if (answer.statusCode() < 500) {
                    throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                            + answer.body());
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            ChildProcess.pause(RETRY_PAUSE);
        }
        throw new IllegalStateException(method + " " + path + " did not get through before the deadline: " + last);
    }

    private HttpResponse<String> request(String token, String method, String path, String contentType, String body)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(submissionUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new TreeMap<>();
        node.fields().forEachRemaining(field -> texts.put(field.getKey(), field.getValue().asText()));
        return texts;
    }
}
