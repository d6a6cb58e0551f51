package cn.govdisclosure.operations;

import cn.govdisclosure.client.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The submission service's operations endpoints, as an administrator signed in with a password. A refusal fails
 * with {@link ApiClient.ApiCallFailedException}, whose message is the service's problem detail.
 */
public final class OperationsApi {

    private final ApiClient api;

    private OperationsApi(ApiClient api) {
        this.api = api;
    }

    public static OperationsApi signIn(String submissionUrl, String username, String password) {
        return new OperationsApi(ApiClient.signIn(submissionUrl, username, password));
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
        return api.expect(api.get(path), 200);
    }

    private JsonNode post(String path, String reason) {
        return api.expect(api.post(path, ApiClient.object().put("reason", reason)), 200, 201, 202, 204);
    }
}
