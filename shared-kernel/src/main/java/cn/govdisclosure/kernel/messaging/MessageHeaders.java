package cn.govdisclosure.kernel.messaging;

/** Kafka record headers every message carries next to its JSON body. */
public final class MessageHeaders {

    /** Unique and stable per message: a redelivered or re-sent message has the same id, so consumers drop duplicates. */
    public static final String MESSAGE_ID = "message-id";
    /** The contract's type name, see {@link MessageTypes}. */
    public static final String MESSAGE_TYPE = "message-type";
    /** The contract's revision, from its {@code @Revision}. */
    public static final String MESSAGE_REVISION = "message-revision";
    /** The service that sent the message. */
    public static final String SENDER = "sender";

    private MessageHeaders() {
    }
}
