package cn.govdisclosure.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for tests: answers are status, content type and parsed JSON, never exceptions. */
final class TestHttp {

    record Answer(int status, String contentType, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    /** A client presenting the bearer token; null sends no credentials. */
    TestHttp(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    Answer get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    Answer post(String path, String json) {
        return send(request(path, "application/json").POST(body(json)));
    }

    Answer put(String path, String json) {
        return send(request(path, "application/json").PUT(body(json)));
    }

    Answer putText(String path, String text) {
        return send(request(path, "text/plain;charset=UTF-8").PUT(body(text)));
    }

    private HttpRequest.Builder request(String path, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text == null ? "" : text);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
