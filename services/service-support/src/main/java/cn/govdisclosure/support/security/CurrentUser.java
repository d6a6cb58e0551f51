package cn.govdisclosure.support.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated user of the current request, read from its verified token. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static AuthenticatedUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AuthenticationCredentialsNotFoundException("No authenticated user");
        }
        return of(token.getToken());
    }

    static AuthenticatedUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(Claims.ROLES);
        Set<Role> parsed = roles == null ? Set.of()
                : roles.stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
        Object level = jwt.getClaims().get(Claims.APPROVAL_LEVEL);
        return new AuthenticatedUser(jwt.getSubject(), parsed, jwt.getClaimAsString(Claims.AGENCY),
                jwt.getClaimAsString(Claims.REGION), level == null ? null : ((Number) level).intValue());
    }
}
