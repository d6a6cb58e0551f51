package cn.govdisclosure.publication.command;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies reports are expected from ({@code registered_agency}), kept from the submission service's messages.
 * Each message is handled once: its id is recorded in the same transaction as its effect, so a redelivery, or a
 * re-publication of every registration, changes nothing.
 */
@Service
public class RegisteredAgencies {

    private static final Logger log = LoggerFactory.getLogger(RegisteredAgencies.class);

    private final JdbcClient jdbc;

    RegisteredAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns false when the message had been handled before. */
    @Transactional
    public boolean register(RegisterAgencyCommand command) {
        if (!firstTime(command.messageId(), command.registeredAt())) {
            return false;
        }
        // An agency is registered once; a second registration message of the same agency can only be a stale copy.
        jdbc.sql("""
                        INSERT INTO registered_agency (credit_code, name, region_code, kind, registered_at, updated_at)
                        VALUES (:creditCode, :name, :regionCode, :kind, :registeredAt, :registeredAt)
                        ON CONFLICT (credit_code) DO NOTHING""")
                .param("creditCode", command.creditCode())
                .param("name", command.name())
                .param("regionCode", command.regionCode())
                .param("kind", command.kind().name())
                .param("registeredAt", Timestamp.from(command.registeredAt()))
                .update();
        return true;
    }

    /** Returns false when the message had been handled before. */
    @Transactional
    public boolean changeKind(ChangeAgencyKindCommand command) {
        if (!firstTime(command.messageId(), command.changedAt())) {
            return false;
        }
        int changed = jdbc.sql("UPDATE registered_agency SET kind = ?, updated_at = ? WHERE credit_code = ?")
                .params(command.kind().name(), Timestamp.from(command.changedAt()), command.creditCode())
                .update();
        if (changed == 0) {
            // Both messages are keyed by credit code, so the registration comes first unless it was lost to retention.
            log.warn("Kind {} of agency {} ignored: its registration is unknown here", command.kind(),
                    command.creditCode());
        }
        return true;
    }

    private boolean firstTime(String messageId, Instant at) {
        return jdbc.sql("INSERT INTO agency_message (message_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(messageId, Timestamp.from(at)).update() == 1;
    }
}
