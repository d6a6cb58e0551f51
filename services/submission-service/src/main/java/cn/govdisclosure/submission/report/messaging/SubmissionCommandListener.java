package cn.govdisclosure.submission.report.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.support.messaging.InboundMessage;
import cn.govdisclosure.support.messaging.MessageSignatures;
import cn.govdisclosure.support.messaging.MessagingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatches the commands other services send on {@code submission.commands} to the Axon command bus. The message
 * id is recorded in the same transaction as the command's events, so a redelivered message is recognised and
 * changes nothing; the offset is committed only after that transaction.
 */
@Component
class SubmissionCommandListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionCommandListener.class);

    /** Which service may send which command. */
    private static final Map<Class<?>, String> SENDERS = Map.of(
            RecordValidationOutcomeCommand.class, "validation-service",
            MarkReportPublishedCommand.class, "publication-service");

    private final CommandGateway commands;
    private final ProcessedMessages processed;
    private final MessagingProperties messaging;
    private final MeterRegistry meters;

    SubmissionCommandListener(CommandGateway commands, ProcessedMessages processed, MessagingProperties messaging,
                              MeterRegistry meters) {
        this.commands = commands;
        this.processed = processed;
        this.messaging = messaging;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.SUBMISSION_COMMANDS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundMessage message = InboundMessage.from(record);
        requireTrustedSender(record, message);
        if (!processed.firstDelivery(message.messageId())) {
            log.info("Ignoring redelivered command {}", message.messageId());
            return;
        }
        commands.sendAndWait(message.payload());
    }

    /**
     * Only the validation service may record outcomes and only the publication service may mark publications, and
     * each must prove it with its signature: a command with a forged or missing signature, or from the wrong
     * service, is refused, logged, counted in {@code messaging.refused} and parked in the dead-letter topic.
     */
    private void requireTrustedSender(ConsumerRecord<String, byte[]> record, InboundMessage message) {
        String expected = SENDERS.get(message.payload().getClass());
        boolean trusted = expected != null && expected.equals(message.sender()) && MessageSignatures.verify(
                messaging.trustedSenders().get(expected), record.headers(), record.value());
        if (!trusted) {
            meters.counter("messaging.refused", "topic", record.topic(), "sender", String.valueOf(message.sender()))
                    .increment();
            log.warn("Refused command {} ({}) claiming to come from {}: sender or signature not trusted",
                    message.messageId(), message.payload().getClass().getSimpleName(), message.sender());
            throw new UnreadableMessageException("Command " + message.messageId() + " from " + message.sender()
                    + " refused: sender or signature not trusted");
        }
    }
}
