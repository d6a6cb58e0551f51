package cn.govdisclosure.submission.agency.query;

import cn.govdisclosure.kernel.agency.AgencyKind;
import java.time.Instant;

/** A registered agency as the API shows it. */
public record AgencyView(String creditCode, String name, String regionCode, AgencyKind kind, int approvalLevels,
                         Instant registeredAt) {
}
