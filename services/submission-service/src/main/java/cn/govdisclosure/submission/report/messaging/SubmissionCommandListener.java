package cn.govdisclosure.submission.report.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.kernel.messaging.UnreadableMessageException;
import cn.govdisclosure.kernel.submission.MarkReportPublishedCommand;
import cn.govdisclosure.kernel.submission.RecordValidationOutcomeCommand;
import cn.govdisclosure.support.messaging.InboundMessage;
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

    /** Which service may send which command. Credentials come with issue 4; this stops a command from the wrong place. */
    private static final Map<Class<?>, String> SENDERS = Map.of(
            RecordValidationOutcomeCommand.class, "validation-service",
            MarkReportPublishedCommand.class, "publication-service");

    private final CommandGateway commands;
    private final ProcessedMessages processed;

    SubmissionCommandListener(CommandGateway commands, ProcessedMessages processed) {
        this.commands = commands;
        this.processed = processed;
    }

    @KafkaListener(topics = Topics.SUBMISSION_COMMANDS)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        InboundMessage message = InboundMessage.from(record);
        String expectedSender = SENDERS.get(message.payload().getClass());
        if (expectedSender == null || !expectedSender.equals(message.sender())) {
            throw new UnreadableMessageException("Command " + message.payload().getClass().getSimpleName()
                    + " from sender " + message.sender() + " is not accepted");
        }
        if (!processed.firstDelivery(message.messageId())) {
            log.info("Ignoring redelivered command {}", message.messageId());
            return;
        }
        commands.sendAndWait(message.payload());
    }
}
