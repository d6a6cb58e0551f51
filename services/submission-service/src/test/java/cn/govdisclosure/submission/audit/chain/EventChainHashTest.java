package cn.govdisclosure.submission.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.audit.chain.EventChainHash.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EventChainHashTest {

    private static final StoredEvent EVENT = new StoredEvent("event-1", "11140525000000001X-2023", 0, "AnnualReport",
            "cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent", "1", "2024-01-15T08:00:00Z",
            bytes("{\"reportId\":\"11140525000000001X-2023\"}"), bytes("{}"));

    @Test
    void aLinkIsTheSha256OfThePreviousHashAndTheLengthPrefixedFields() {
        String expected = "0000000000000000000000000000000000000000000000000000000000000000"
                + field("event-1") + field("11140525000000001X-2023") + field("0") + field("AnnualReport")
                + field("cn.govdisclosure.submission.report.command.AnnualReportCreatedEvent") + field("1")
                + field("2024-01-15T08:00:00Z") + field("{\"reportId\":\"11140525000000001X-2023\"}") + field("{}");

        assertThat(EventChainHash.of(EventChainHash.GENESIS, EVENT))
                .isEqualTo(sha256(HexFormat.of().parseHex(expected)));
    }

    @Test
    void movingBytesFromOneFieldToTheNextChangesTheLink() {
        StoredEvent shifted = new StoredEvent("event-", "111140525000000001X-2023", 0, EVENT.type(),
                EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timeStamp(), EVENT.payload(), EVENT.metaData());

        assertThat(EventChainHash.of(EventChainHash.GENESIS, shifted))
                .isNotEqualTo(EventChainHash.of(EventChainHash.GENESIS, EVENT));
    }

    @Test
    void missingMetadataIsNotTheSameAsEmptyMetadata() {
        StoredEvent withoutMetadata = new StoredEvent(EVENT.eventIdentifier(), EVENT.aggregateIdentifier(), 0,
                EVENT.type(), EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timeStamp(), EVENT.payload(), null);
        StoredEvent withEmptyMetadata = new StoredEvent(EVENT.eventIdentifier(), EVENT.aggregateIdentifier(), 0,
                EVENT.type(), EVENT.payloadType(), EVENT.payloadRevision(), EVENT.timeStamp(), EVENT.payload(),
                new byte[0]);

        assertThat(EventChainHash.of(EventChainHash.GENESIS, withoutMetadata))
                .isNotEqualTo(EventChainHash.of(EventChainHash.GENESIS, withEmptyMetadata));
    }

    @Test
    void eachLinkDependsOnThePreviousOne() {
        byte[] first = EventChainHash.of(EventChainHash.GENESIS, EVENT);

        assertThat(EventChainHash.of(first, EVENT)).isNotEqualTo(first);
    }

    private static String field(String text) {
        byte[] value = bytes(text);
        return "%08x".formatted(value.length) + HexFormat.of().formatHex(value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] message) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(message);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
