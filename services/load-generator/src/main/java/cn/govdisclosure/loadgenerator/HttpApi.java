package cn.govdisclosure.loadgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The HTTP calls of a filing: each attempt timed and told to the listener, writes sent with an
 * {@code Idempotency-Key} that stays the same across retries, and retries (while {@link FilingOptions#retryFor()}
 * allows) when no answer comes or the server says to come back later.
 */
final class HttpApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> COME_BACK_LATER = Set.of(429, 502, 503, 504);
    /** One client, one connection pool, for every filing of the process. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final FilingOptions options;
    private final FilingListener listener;

    HttpApi(FilingOptions options, FilingListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** An answer: its status and its JSON body (a null node when it had none). */
    record Answer(int status, JsonNode body) {
    }

    Answer get(String call, String url, String token) {
        return send(call, "GET", url, token, null, null, false);
    }

    Answer postJson(String call, String url, String token, Object body) {
        return send(call, "POST", url, token, "application/json", json(body), true);
    }

    Answer putJson(String call, String url, String token, Object body) {
        return send(call, "PUT", url, token, "application/json", json(body), true);
    }

    Answer putText(String call, String url, String token, String text) {
        return send(call, "PUT", url, token, "text/plain;charset=UTF-8", text, true);
    }

    /** Signs the user in at the submission service and returns the bearer token it issued. */
    String signIn(String submissionUrl, String username, String password) {
        return expect(postJson("token", submissionUrl + "/api/auth/token", null,
                Map.of("username", username, "password", password)), "token", 200).get("token").asText();
    }

    /** The answer's body if its status is one of {@code statuses}; otherwise the filing cannot go on. */
    static JsonNode expect(Answer answer, String call, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer.body();
            }
        }
        throw new FilingFailedException(call + " answered " + answer.status() + ": " + answer.body());
    }

    private Answer send(String call, String method, String url, String token, String contentType, String body,
                        boolean write) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(options.requestTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (write) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        long giveUpAt = System.nanoTime() + options.retryFor().toNanos();
        while (true) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                listener.called(call, System.nanoTime() - started, response.statusCode());
                if (!comeBackLater(response) || System.nanoTime() > giveUpAt) {
                    return new Answer(response.statusCode(), parse(response.body()));
                }
                pause(retryAfter(response));
            } catch (IOException e) {
                listener.called(call, System.nanoTime() - started, 0);
                if (System.nanoTime() > giveUpAt) {
                    throw new FilingFailedException(call + " got no answer from " + url + ": " + e, e);
                }
                pause(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FilingFailedException(call + " was interrupted", e);
            }
        }
    }

    /**
     * An answer that asks to be asked again: a throttle or an outage, or a 409 with {@code Retry-After}, which says
     * the first request with this {@code Idempotency-Key} is still running (a 409 meaning "exists" or "not in this
     * state" carries none).
     */
    private static boolean comeBackLater(HttpResponse<String> response) {
        return COME_BACK_LATER.contains(response.statusCode())
                || response.statusCode() == 409 && response.headers().firstValue("Retry-After").isPresent();
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(seconds -> {
            try {
                return Duration.ofSeconds(Long.parseLong(seconds.trim()));
            } catch (NumberFormatException e) {
                return Duration.ofSeconds(1);
            }
        }).orElse(Duration.ofMillis(500));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FilingFailedException("Interrupted while waiting", e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
