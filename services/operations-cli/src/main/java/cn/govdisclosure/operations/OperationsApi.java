package cn.govdisclosure.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The submission service's operations endpoints, as an administrator signed in with a password. */
public final class OperationsApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String url;
    private final String token;

    private OperationsApi(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static OperationsApi signIn(String submissionUrl, String username, String password) {
        ObjectNode credentials = JSON.createObjectNode().put("username", username).put("password", password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(submissionUrl + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials.toString())));
        if (answer.statusCode() != 200) {
            throw new OperationFailedException("Sign-in as " + username + " failed: " + problem(answer));
        }
        return new OperationsApi(submissionUrl, json(answer).get("token").asText());
    }

    /** Every dead letter on the broker ({@code openOnly}: those nobody replayed or discarded yet). */
    public JsonNode deadLetters(boolean openOnly) {
        return get("/api/operations/dead-letters?open=" + openOnly);
    }

    public JsonNode deadLetterActions() {
        return get("/api/operations/dead-letters/actions");
    }

    /** {@code id} is {@code <dlt topic>/<partition>/<offset>}, as listed. */
    public JsonNode replay(String id, String reason) {
        return post("/api/operations/dead-letters/" + id + "/replay", reason);
    }

    public JsonNode discard(String id, String reason) {
        return post("/api/operations/dead-letters/" + id + "/discard", reason);
    }

    public JsonNode stuckReports() {
        return get("/api/operations/stuck-reports");
    }

    public void redrive(String reportId, String reason) {
        post("/api/operations/stuck-reports/" + URLEncoder.encode(reportId, StandardCharsets.UTF_8) + "/redrive",
                reason);
    }

    private JsonNode get(String path) {
        return answer(send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token).GET()));
    }

    private JsonNode post(String path, String reason) {
        return answer(send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.createObjectNode().put("reason", reason).toString()))));
    }

    private static JsonNode answer(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            throw new OperationFailedException(answer.statusCode() + " " + problem(answer));
        }
        return answer.body() == null || answer.body().isBlank() ? JSON.nullNode() : json(answer);
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
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service refused or failed an operation; the message is its problem detail. */
    public static final class OperationFailedException extends RuntimeException {

        OperationFailedException(String message) {
            super(message);
        }
    }
}
