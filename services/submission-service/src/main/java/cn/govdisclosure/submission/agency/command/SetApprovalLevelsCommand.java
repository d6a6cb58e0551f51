package cn.govdisclosure.submission.agency.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets how many sign-off levels the agency's reports need. */
public record SetApprovalLevelsCommand(@TargetAggregateIdentifier String creditCode, int levels, String setBy,
                                       Instant setAt) {

    /** More sign-off levels than this is a typing error, not an organisation. */
    public static final int MAX_LEVELS = 5;
}
