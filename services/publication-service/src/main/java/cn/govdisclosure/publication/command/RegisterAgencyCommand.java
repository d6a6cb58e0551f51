package cn.govdisclosure.publication.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import java.util.Objects;

/**
 * Remember an agency the submission service registered: a report is expected from it every year, by the deadline
 * of its {@code kind}. {@code messageId} names the message that said so, which is handled once.
 */
public record RegisterAgencyCommand(String messageId, String creditCode, String name, String regionCode,
                                    AgencyKind kind, Instant registeredAt) {

    public RegisterAgencyCommand {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
