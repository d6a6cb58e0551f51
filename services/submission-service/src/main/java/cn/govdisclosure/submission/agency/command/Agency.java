package cn.govdisclosure.submission.agency.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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

    Agency() {
        // for Axon
    }

    @CommandHandler
    Agency(RegisterAgencyCommand command) {
        apply(new AgencyRegisteredEvent(command.creditCode(), command.name(), command.regionCode(),
                command.registeredBy(), command.registeredAt()));
    }

    @EventSourcingHandler
    void on(AgencyRegisteredEvent event) {
        creditCode = event.creditCode();
    }
}
