package cn.govdisclosure.publication.command;

import cn.govdisclosure.publication.config.PublicationProperties;
import cn.govdisclosure.publication.config.PublicationProperties.Webhook;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a new version for every configured webhook endpoint, in the publication's transaction: the delivery exists
 * exactly when the version does, and the dispatcher sends it from the table however often the service restarts.
 */
@Repository
class WebhookOutbox {

    private static final String INSERT = """
            INSERT INTO webhook_delivery (delivery_id, endpoint, credit_code, year, version, event, payload, status,
                                          created_at, next_attempt_at)
            VALUES (:deliveryId, :endpoint, :creditCode, :year, :version, :event, :payload, 'PENDING',
                    :now, :now)
            ON CONFLICT (delivery_id) DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PublicationProperties properties;

    WebhookOutbox(JdbcClient jdbc, JsonMapper json, PublicationProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    void queue(PublishReportCommand command, int version, Instant publishedAt) {
        String event = version == 1 ? "publication" : "correction";
        for (Webhook webhook : properties.webhooks()) {
            String deliveryId = webhook.name() + ":" + command.creditCode() + ":" + command.year() + ":v" + version;
            jdbc.sql(INSERT)
                    .param("deliveryId", deliveryId)
                    .param("endpoint", webhook.name())
                    .param("creditCode", command.creditCode())
                    .param("year", command.year())
                    .param("version", version)
                    .param("event", event)
                    .param("payload", json.writeValueAsString(payload(deliveryId, event, command, version, publishedAt)))
                    .param("now", OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC))
                    .update();
        }
    }

    private Map<String, Object> payload(String deliveryId, String event, PublishReportCommand command, int version,
                                        Instant publishedAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", deliveryId);
        payload.put("event", event);
        payload.put("reportId", command.reportId());
        payload.put("creditCode", command.creditCode());
        payload.put("agencyName", command.agencyName());
        payload.put("year", command.year());
        payload.put("version", version);
        payload.put("url", properties.publicBaseUrl() + "/portal/reports/" + command.creditCode() + "/"
                + command.year() + "/v" + version);
        payload.put("publishedAt", publishedAt.toString());
        payload.put("correctionReason", command.correctionReason());
        return payload;
    }
}
