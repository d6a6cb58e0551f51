package cn.govdisclosure.support.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs the bearer tokens of the system (RS256) with the private key; only the submission service holds one. */
public final class TokenIssuer {

    private final NimbusJwtEncoder encoder;
    private final TokenProperties properties;
    private final Clock clock;

    public TokenIssuer(TokenProperties properties, Clock clock) {
        if (properties.privateKey() == null || properties.privateKey().isBlank()) {
            throw new IllegalStateException("security.tokens.private-key is not set: tokens cannot be issued");
        }
        RSAKey key = new RSAKey.Builder(Pem.readPublicKey(properties.publicKey()))
                .privateKey(Pem.readPrivateKey(properties.privateKey())).build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.properties = properties;
        this.clock = clock;
    }

    /** A token for the user, valid for the configured lifetime. */
    public IssuedToken issue(AuthenticatedUser user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.lifetime());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(Claims.ROLES, user.roles().stream().map(Role::name).sorted().toList());
        if (user.creditCode() != null) {
            claims.claim(Claims.AGENCY, user.creditCode());
        }
        if (user.regionCode() != null) {
            claims.claim(Claims.REGION, user.regionCode());
        }
        if (user.approvalLevel() != null) {
            claims.claim(Claims.APPROVAL_LEVEL, user.approvalLevel());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(value, expiresAt);
    }

    /** A signed token and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
