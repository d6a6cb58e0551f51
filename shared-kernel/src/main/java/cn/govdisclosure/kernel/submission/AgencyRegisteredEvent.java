package cn.govdisclosure.kernel.submission;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.agency.RegionCode;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/**
 * An agency was registered in the submission service and is expected to publish an annual report every year.
 * {@code kind} decides its deadline ({@link AgencyKind#deadline(int)}); agencies registered before kinds were
 * recorded are announced as {@link AgencyKind#DEPARTMENT}, the default of registration.
 *
 * <p>Published by the submission service on {@code submission.events}, key: the credit code; message id: the id of
 * the registration in its event store, so a re-publication is recognisably the same message. Every registration
 * is published, also those made before this message existed. Revision 1: initial.
 */
@Revision("1")
public record AgencyRegisteredEvent(String creditCode, String name, String regionCode, AgencyKind kind,
                                    Instant registeredAt) {

    public AgencyRegisteredEvent {
        new CreditCode(creditCode);
        Objects.requireNonNull(name, "name");
        new RegionCode(regionCode);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
