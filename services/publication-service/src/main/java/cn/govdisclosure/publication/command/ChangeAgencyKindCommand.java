package cn.govdisclosure.publication.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import java.util.Objects;

/** The registered agency is of another kind than it was announced as; {@code messageId} is handled once. */
public record ChangeAgencyKindCommand(String messageId, String creditCode, AgencyKind kind, Instant changedAt) {

    public ChangeAgencyKindCommand {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
