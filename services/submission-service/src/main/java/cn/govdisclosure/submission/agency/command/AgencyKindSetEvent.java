package cn.govdisclosure.submission.agency.command;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The agency's kind was corrected to {@code kind}, and with it its deadline. Revision 1: initial. */
@Revision("1")
public record AgencyKindSetEvent(String creditCode, AgencyKind kind, String setBy, Instant setAt) {
}
