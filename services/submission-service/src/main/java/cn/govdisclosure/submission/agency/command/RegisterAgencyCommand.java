package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an agency under its 统一社会信用代码; values are checked by the caller's value types. */
public record RegisterAgencyCommand(@TargetAggregateIdentifier String creditCode, String name, String regionCode,
                                    AgencyKind kind, String registeredBy, Instant registeredAt) {
}
