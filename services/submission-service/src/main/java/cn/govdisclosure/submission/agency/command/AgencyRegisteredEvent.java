package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An agency was registered and may file reports. Revision 1: initial. Revision 2: {@code kind} added; events stored
 * as revision 1, before kinds were recorded, are read as {@link AgencyKind#DEPARTMENT}
 * ({@link AgencyRegisteredEventUpcaster}).
 */
@Revision("2")
public record AgencyRegisteredEvent(String creditCode, String name, String regionCode, AgencyKind kind,
                                    String registeredBy, Instant registeredAt) {
}
