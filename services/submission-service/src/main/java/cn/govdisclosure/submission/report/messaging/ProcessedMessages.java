package cn.govdisclosure.submission.report.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of messages handled, recorded within the handling transaction. */
@Component
class ProcessedMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcessedMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the id; false if it was recorded before, i.e. this is a redelivery. */
    boolean firstDelivery(String messageId) {
        return jdbc.sql("INSERT INTO processed_message (message_id, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(messageId, Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
