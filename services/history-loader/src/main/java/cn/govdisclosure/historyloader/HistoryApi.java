package cn.govdisclosure.historyloader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The two calls the loader makes: sign in, and store one agency's report of one year as history. */
final class HistoryApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String validationUrl;
    private final String token;

    private HistoryApi(String validationUrl, String token) {
        this.validationUrl = validationUrl;
        this.token = token;
    }

    static HistoryApi signIn(String submissionUrl, String validationUrl, String username, String password) {
        ObjectNode credentials = JSON.createObjectNode().put("username", username).put("password", password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(submissionUrl + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials.toString())));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + problem(answer));
        }
        return new HistoryApi(validationUrl, json(answer).get("token").asText());
    }

    /** Stores the report; null when stored, otherwise why not (the service's problem detail). */
    String load(String creditCode, int year, String formatId, Map<String, BigDecimal> figures,
                Map<String, String> sections) {
        ObjectNode report = JSON.createObjectNode().put("formatId", formatId);
        report.set("figures", JSON.valueToTree(figures));
        report.set("sections", JSON.valueToTree(sections));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(validationUrl + "/api/history/"
                        + creditCode + "/" + year))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(report.toString())));
        return answer.statusCode() == 200 ? null : answer.statusCode() + " " + problem(answer);
    }

    private static String problem(HttpResponse<String> answer) {
        try {
            JsonNode body = json(answer);
            return body.hasNonNull("detail") ? body.get("detail").asText() : answer.body();
        } catch (UncheckedIOException notJson) {
            return answer.body();
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
