package cn.govdisclosure.submission.agency.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The agency's reports now need {@code levels} sign-offs (多级领导审核签字) before validation. Revision 1: initial. */
@Revision("1")
public record ApprovalLevelsSetEvent(String creditCode, int levels, String setBy, Instant setAt) {
}
