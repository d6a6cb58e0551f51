package cn.govdisclosure.submission.agency.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An agency was registered and may file reports. Revision 1: initial. */
@Revision("1")
public record AgencyRegisteredEvent(String creditCode, String name, String regionCode, String registeredBy,
                                    Instant registeredAt) {
}
