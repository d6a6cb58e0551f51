package cn.govdisclosure.kernel.messaging;

/** A message that cannot be read, however often it is retried: it goes straight to the dead-letter topic. */
public class UnreadableMessageException extends RuntimeException {

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableMessageException(String message) {
        super(message);
    }
}
