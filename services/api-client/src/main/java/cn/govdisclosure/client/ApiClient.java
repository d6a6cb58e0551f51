package cn.govdisclosure.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of the system's HTTP API as one signed-in user, the way an agency's own tools call it: sign in at the
 * submission service for a token, then JSON requests that present it, to any of the services ({@link #at}).
 * Refusals are RFC 7807 problems; {@link #problem} reads their detail and {@link #expect} fails with it.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String token;

    private ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * Signs in at the submission service and returns a client presenting the token it issued.
     *
     * @throws ApiCallFailedException when the service refuses the credentials or answers otherwise
     */
    public static ApiClient signIn(String submissionUrl, String username, String password) {
        ApiClient anonymous = new ApiClient(submissionUrl, null);
        JsonNode answer = anonymous.expect(anonymous.post("/api/auth/token", JSON.createObjectNode()
                .put("username", username).put("password", password)), 200);
        return new ApiClient(submissionUrl, answer.get("token").asText());
    }

    /** The same user, calling another service. */
    public ApiClient at(String otherBaseUrl) {
        return new ApiClient(otherBaseUrl, token);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public HttpResponse<String> put(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public HttpResponse<String> putText(String path, String text) {
        return send(request(path).header("Content-Type", "text/plain;charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text)));
    }

    /**
     * The answer's JSON body, if its status is one of {@code statuses}.
     *
     * @throws ApiCallFailedException naming the request, the status and the problem's detail otherwise
     */
    public JsonNode expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return json(response);
            }
        }
        throw new ApiCallFailedException(response.statusCode(), response.request().method() + " "
                + response.request().uri().getPath() + " answered " + response.statusCode() + ": "
                + problem(response));
    }

    /** The answer's body as JSON; a JSON null for an empty body. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body() == null || response.body().isBlank() ? JSON.nullNode()
                    : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a refusal says: the problem's {@code detail}, or the body itself when it is not problem JSON. */
    public static String problem(HttpResponse<String> response) {
        try {
            JsonNode body = json(response);
            return body.hasNonNull("detail") ? body.get("detail").asText() : response.body();
        } catch (UncheckedIOException notJson) {
            return response.body();
        }
    }

    /** An empty JSON object to fill in as a request body. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Any value (maps of figures, lists, records) as a JSON tree. */
    public static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service answered with a status the caller did not expect; the message carries the problem's detail. */
    public static final class ApiCallFailedException extends RuntimeException {

        private final int status;

        ApiCallFailedException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
