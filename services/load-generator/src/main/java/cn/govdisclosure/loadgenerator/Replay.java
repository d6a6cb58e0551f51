package cn.govdisclosure.loadgenerator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds every projection from its log and says how fast, through the administrators' endpoints: the submission
 * service's read models from its event store, the validation service's published history from
 * {@code publication.events}. Checking only ({@code apply=false}): the live read models stay as they are.
 */
final class Replay {

    private final SystemUnderLoad system;
    private final HttpApi api;
    private final String token;

    Replay(SystemUnderLoad system, String adminPassword, FilingOptions options) {
        this.system = system;
        this.api = new HttpApi(options, FilingListener.NONE);
        this.token = api.signIn(system.submissionUrl(), "admin", adminPassword);
    }

    /** Events per second of each rebuild, by projection. */
    Map<String, Long> rates() {
        Map<String, Long> rates = new LinkedHashMap<>();
        JsonNode submission = HttpApi.expect(api.postJson("rebuild", system.submissionUrl()
                + "/api/audit/read-models/rebuild", token, Map.of()), "rebuild", 200);
        rates.put("submission read models (" + submission.get("events").asLong() + " events)",
                submission.get("eventsPerSecond").asLong());
        JsonNode validation = HttpApi.expect(api.postJson("rebuild", system.validationUrl() + "/api/history/rebuild",
                token, Map.of()), "rebuild", 200);
        long events = validation.get("events").asLong();
        long millis = Math.max(1, validation.get("millis").asLong());
        rates.put("validation history (" + events + " events)", events * 1000 / millis);
        return rates;
    }
}
