package cn.govdisclosure.submission.audit.query;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A point in a report's history: after the event with sequence number {@code version}, or after every event
 * recorded at or before {@code at}. Exactly one of them is set.
 */
public record AsOf(Long version, Instant at) {

    public AsOf {
        if ((version == null) == (at == null)) {
            throw new IllegalArgumentException("exactly one of version and at");
        }
    }

    public static AsOf version(long sequenceNumber) {
        return new AsOf(sequenceNumber, null);
    }

    public static AsOf at(Instant instant) {
        return new AsOf(null, instant);
    }

    boolean includes(DomainEventMessage<?> message) {
        return version != null ? message.getSequenceNumber() <= version : !message.getTimestamp().isAfter(at);
    }
}
