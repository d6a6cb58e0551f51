package cn.govdisclosure.support.security;

import java.util.Objects;
import java.util.Set;

/**
 * The user behind a request, as the token the system issued says: the name every command and event records, the
 * roles, the agency (for clerks and approvers), the region (for supervisors) and the approval level (approvers).
 */
public record AuthenticatedUser(String username, Set<Role> roles, String creditCode, String regionCode,
                                Integer approvalLevel) {

    public AuthenticatedUser {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A clerk or approver of the given agency. */
    public boolean belongsTo(String agencyCreditCode) {
        return creditCode != null && creditCode.equals(agencyCreditCode);
    }

    /**
     * A supervisor whose region contains the given one: a province (xx0000) contains its cities and counties, a
     * city (xxxx00) its counties, a county itself.
     */
    public boolean supervises(String agencyRegionCode) {
        if (!has(Role.SUPERVISOR) || regionCode == null || agencyRegionCode == null) {
            return false;
        }
        String prefix = regionCode.endsWith("0000") ? regionCode.substring(0, 2)
                : regionCode.endsWith("00") ? regionCode.substring(0, 4) : regionCode;
        return agencyRegionCode.startsWith(prefix);
    }
}
