package cn.govdisclosure.kernel.messaging;

/**
 * Kafka topics, one per publishing service plus the command topic of the submission service. Records are keyed by
 * report id so that one report's messages stay in order; an agency's own messages by its credit code.
 */
public final class Topics {

    /** Integration events of the submission service: agencies registered, reports submitted and accepted. */
    public static final String SUBMISSION_EVENTS = "submission.events";
    /** Commands for the submission service, sent by the validation and publication services. */
    public static final String SUBMISSION_COMMANDS = "submission.commands";
    /** Integration events of the publication service: reports published. */
    public static final String PUBLICATION_EVENTS = "publication.events";

    /** Every topic of the system; each has a dead-letter topic next to it. */
    public static final java.util.List<String> ALL = java.util.List.of(SUBMISSION_EVENTS, SUBMISSION_COMMANDS,
            PUBLICATION_EVENTS);

    /** Where a message that keeps failing is parked, visible and counted, instead of being dropped. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".DLT";
    }

    private Topics() {
    }
}
