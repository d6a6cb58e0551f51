package cn.govdisclosure.submission.account;

import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import java.time.Instant;
import java.util.Set;

/** A user of the system with what it may do; the password hash never leaves {@link Accounts}. */
public record Account(String username, Set<Role> roles, String creditCode, String regionCode, Integer approvalLevel,
                      String createdBy, Instant createdAt) {

    /** What a user name may look like; a name that does not is never looked up. */
    public static final String USERNAME = "[A-Za-z0-9._-]{3,64}";

    public Account {
        roles = Set.copyOf(roles);
    }

    public AuthenticatedUser asUser() {
        return new AuthenticatedUser(username, roles, creditCode, regionCode, approvalLevel);
    }
}
