package cn.govdisclosure.validation.messaging;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.kernel.submission.ReportSubmittedEvent;
import cn.govdisclosure.support.messaging.InboundMessage;
import cn.govdisclosure.support.messaging.MessageSender;
import cn.govdisclosure.support.messaging.OutboundMessage;
import cn.govdisclosure.validation.format.UnknownFormatException;
import cn.govdisclosure.validation.run.SubmissionValidator;
import cn.govdisclosure.validation.run.ValidateSubmissionCommand;
import cn.govdisclosure.validation.run.ValidationRun;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Validates every submitted report and answers the submission service with a {@link RecordValidationOutcomeCommand}.
 * Other events on the topic (a report accepted, …) are not this service's business and are skipped.
 */
@Component
class SubmissionEventsListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEventsListener.class);

    private final SubmissionValidator validator;
    private final MessageSender sender;

    SubmissionEventsListener(SubmissionValidator validator, MessageSender sender) {
        this.validator = validator;
        this.sender = sender;
    }

    /**
     * The offset is committed only after this returns, that is after the run is stored and the outcome acknowledged
     * by the broker. The outcome is sent on every delivery, duplicates included: if the service stopped between
     * storing the run and sending, the redelivery is the only chance to send it. It goes out with the same message
     * id, so the submission service drops the copy.
     */
    @KafkaListener(id = "validation.submission-events", idIsGroup = false, topics = Topics.SUBMISSION_EVENTS)
    void on(ConsumerRecord<String, byte[]> record) {
        if (InboundMessage.carries(record, ReportSubmittedEvent.class)) {
            sendOutcome(validate((ReportSubmittedEvent) InboundMessage.from(record).payload()));
        }
    }

    private ValidationRun validate(ReportSubmittedEvent submitted) {
        try {
            return validator.handle(new ValidateSubmissionCommand(submitted.reportId(),
                    submitted.submissionNumber(), submitted.creditCode(), submitted.year(), submitted.regionCode(),
                    submitted.formatId(), submitted.content(), submitted.submittedAt(), kindOf(submitted)));
        } catch (UnknownFormatException e) {
            // No retry can make an unknown format known: park the message in the dead-letter topic at once.
            throw new UnreadableMessageException(e.getMessage(), e);
        }
    }

    /** The agency's kind as the submission names it; a kind this service does not know is read as none. */
    private static AgencyKind kindOf(ReportSubmittedEvent submitted) {
        if (submitted.agencyKind() == null) {
            return null;
        }
        return AgencyKind.named(submitted.agencyKind()).orElseGet(() -> {
            log.warn("Report {} names agency kind {}, unknown here: judged by a department's deadline",
                    submitted.reportId(), submitted.agencyKind());
            return null;
        });
    }

    private void sendOutcome(ValidationRun run) {
        RecordValidationOutcomeCommand outcome = new RecordValidationOutcomeCommand(run.reportId(),
                run.submissionNumber(), run.validationId(), run.ruleSetVersion(), run.violations(),
                run.validatedAt());
        sender.send(new OutboundMessage(Topics.SUBMISSION_COMMANDS, run.reportId(), messageId(run), outcome));
    }

    /** Derived from the submission, not random, so that a re-sent outcome is recognisably the same message. */
    static String messageId(ValidationRun run) {
        return "validation:" + run.reportId() + ":" + run.submissionNumber();
    }
}
