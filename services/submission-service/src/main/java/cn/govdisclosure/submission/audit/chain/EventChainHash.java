package cn.govdisclosure.submission.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The link hash of one stored event, computed in Java exactly as migration V6's {@code event_chain_hash} computes it
 * in SQL, so that a verifier need not trust the database's functions:
 *
 * <pre>
 * hash = SHA-256(previousHash || f(event_identifier) || f(aggregate_identifier) || f(sequence_number as decimal text)
 *                || f(type) || f(payload_type) || f(payload_revision) || f(time_stamp) || f(payload) || f(meta_data))
 * f(x) = 4-byte big-endian length of x in bytes || x;  f(NULL) = the 4 bytes of -1
 * </pre>
 *
 * Texts are UTF-8; {@code previousHash} is 32 zero bytes for an aggregate's first event.
 */
final class EventChainHash {

    static final byte[] GENESIS = new byte[32];

    private EventChainHash() {
    }

    /** One row of {@code domain_event_entry} as stored, bytes untouched. */
    record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                       String payloadType, String payloadRevision, String timeStamp, byte[] payload,
                       byte[] metaData) {
    }

    static byte[] of(byte[] previousHash, StoredEvent event) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(previousHash);
        field(message, event.eventIdentifier());
        field(message, event.aggregateIdentifier());
        field(message, Long.toString(event.sequenceNumber()));
        field(message, event.type());
        field(message, event.payloadType());
        field(message, event.payloadRevision());
        field(message, event.timeStamp());
        field(message, event.payload());
        field(message, event.metaData());
        return sha256().digest(message.toByteArray());
    }

    private static void field(ByteArrayOutputStream message, String text) {
        field(message, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream message, byte[] bytes) {
        message.writeBytes(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            message.writeBytes(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
