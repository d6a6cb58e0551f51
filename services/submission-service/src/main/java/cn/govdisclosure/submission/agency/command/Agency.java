package cn.govdisclosure.submission.agency.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.govdisclosure.kernel.agency.AgencyKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An agency that files annual reports. Registering the same credit code twice fails when the event store refuses
 * a second stream for the same aggregate id.
 */
@Aggregate
class Agency {

    @AggregateIdentifier
    private String creditCode;
    private int approvalLevels;
    private AgencyKind kind;

    Agency() {
        // for Axon
    }

    @CommandHandler
    Agency(RegisterAgencyCommand command) {
        apply(new AgencyRegisteredEvent(command.creditCode(), command.name(), command.regionCode(),
                command.kind(), command.registeredBy(), command.registeredAt()));
    }

    @CommandHandler
    void handle(SetAgencyKindCommand command) {
        if (command.kind() != kind) {
            apply(new AgencyKindSetEvent(creditCode, command.kind(), command.setBy(), command.setAt()));
        }
    }

    /** Between one level and {@link SetApprovalLevelsCommand#MAX_LEVELS}. */
    @CommandHandler
    void handle(SetApprovalLevelsCommand command) {
        if (command.levels() < 1 || command.levels() > SetApprovalLevelsCommand.MAX_LEVELS) {
            throw new IllegalArgumentException("审核级数应为1至" + SetApprovalLevelsCommand.MAX_LEVELS + "级");
        }
        if (command.levels() != approvalLevels) {
            apply(new ApprovalLevelsSetEvent(creditCode, command.levels(), command.setBy(), command.setAt()));
        }
    }

    @EventSourcingHandler
    void on(AgencyRegisteredEvent event) {
        creditCode = event.creditCode();
        approvalLevels = 1;
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(AgencyKindSetEvent event) {
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(ApprovalLevelsSetEvent event) {
        approvalLevels = event.levels();
    }
}
