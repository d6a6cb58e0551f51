package cn.govdisclosure.submission.messaging;

import cn.govdisclosure.support.messaging.MessageSender;
import cn.govdisclosure.support.messaging.MessageSender.Sending;
import cn.govdisclosure.support.messaging.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Sends the messages of a tracking processor's batch of events one after another without waiting for the broker, and
 * waits for all of their acknowledgements once, when the batch's unit of work prepares to commit, together with the
 * processor's token. So the token still moves past an event only after the broker has its message, and a batch whose
 * sends fail rolls back and is processed again; but the processor no longer waits for one acknowledgement after
 * another (the surge benchmark's profile had it spend most of a surge doing that).
 */
@Component
public class BatchSender {

    private static final String SENDINGS = BatchSender.class.getName() + ".sendings";

    private final MessageSender sender;

    BatchSender(MessageSender sender) {
        this.sender = sender;
    }

    /** Sends within the current unit of work; the broker has the message once that unit of work commits. */
    public void send(OutboundMessage message) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Sending> sendings = batch.getOrComputeResource(SENDINGS, key -> {
            List<Sending> inThisBatch = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> sender.awaitAcknowledged(inThisBatch));
            return inThisBatch;
        });
        sendings.add(sender.sendWithoutWaiting(message));
    }
}
