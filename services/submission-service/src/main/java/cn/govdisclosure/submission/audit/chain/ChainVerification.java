package cn.govdisclosure.submission.audit.chain;

/**
 * What {@link ChainVerifier} found for one aggregate's event stream: how many events are stored, the head of the
 * chain as the database records it (hex, null when there are no links), whether every event matches its link, and
 * if not, the first one that does not.
 */
public record ChainVerification(String aggregateId, long events, String headHash, boolean intact,
                                Mismatch firstMismatch) {

    /** The first event whose stored bytes or link do not match: where the stream stops being trustworthy. */
    public record Mismatch(long sequenceNumber, String eventId, Kind kind, String reason) {
    }

    /** What kind of break; {@code reason} says the same in words. */
    public enum Kind {
        /** The event's stored bytes no longer hash to its link: payload, metadata or another field changed. */
        CONTENT_CHANGED("事件内容与存证哈希不符（事件记录已被修改）"),
        /** The event has no link: it was stored while the chain trigger was off. */
        MISSING_LINK("事件没有存证记录（存储时绕过了存证触发器）"),
        /** The link does not point to its predecessor's hash: the chain itself was rewritten. */
        LINK_BROKEN("存证记录与前一事件的哈希不衔接（存证链已被改写）"),
        /** A link exists for a sequence number whose event is no longer stored: the event was deleted. */
        EVENT_MISSING("存证记录对应的事件已不存在（事件已被删除）");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static ChainVerification intact(String aggregateId, long events, String headHash) {
        return new ChainVerification(aggregateId, events, headHash, true, null);
    }

    static ChainVerification broken(String aggregateId, long events, String headHash, long sequenceNumber,
                                    String eventId, Kind kind) {
        return new ChainVerification(aggregateId, events, headHash, false,
                new Mismatch(sequenceNumber, eventId, kind, kind.reason()));
    }
}
