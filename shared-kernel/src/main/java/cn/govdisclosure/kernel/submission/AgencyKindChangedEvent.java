package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.agency.CreditCode;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * An administrator corrected the kind of a registered agency, and with it its deadline: typically a people's
 * government registered before kinds were recorded, and so announced as a department.
 *
 * <p>Published by the submission service on {@code submission.events}, key: the credit code (so it follows the
 * agency's {@link AgencyRegisteredEvent}); message id: the id of the change in its event store. Revision 1: initial.
 */
@Revision("1")
public record AgencyKindChangedEvent(String creditCode, AgencyKind kind, Instant changedAt) {

    public AgencyKindChangedEvent {
        new CreditCode(creditCode);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
