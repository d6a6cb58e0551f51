package cn.govdisclosure.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a token in full (signature, issuer, time) the first time it comes, and then keeps it for a while: a user's
 * client sends the same token with every request of a session, and checking its RSA signature and reading its claims
 * again each time was a visible share of a request's processor time in the surge benchmark's profile. Time is checked
 * on every use, so a kept token is refused the moment it expires, as a new one would be. Only tokens that passed
 * every check are kept; nothing a client sends can grow the cache beyond its bound.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> timestamps = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder decoder, long maximumSize, Duration keptFor) {
        this.decoder = decoder;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keptFor).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = timestamps.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
                    result.getErrors());
        }
        return known;
    }
}
