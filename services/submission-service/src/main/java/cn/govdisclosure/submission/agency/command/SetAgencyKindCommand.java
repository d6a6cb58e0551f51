package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what kind of agency this is, which decides its deadline; an administrator's correction. */
public record SetAgencyKindCommand(@TargetAggregateIdentifier String creditCode, AgencyKind kind, String setBy,
                                   Instant setAt) {
}
