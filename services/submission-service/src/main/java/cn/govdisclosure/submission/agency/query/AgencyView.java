package cn.govdisclosure.submission.agency.query;

import java.time.Instant;

/** A registered agency as the API shows it. */
public record AgencyView(String creditCode, String name, String regionCode, int approvalLevels,
                         Instant registeredAt) {
}
