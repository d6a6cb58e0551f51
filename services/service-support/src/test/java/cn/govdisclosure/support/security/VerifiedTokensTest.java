package cn.govdisclosure.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private final List<String> verifications = new ArrayList<>();
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        verifications.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("clerk").issuedAt(expiresAt.minus(Duration.ofHours(2)))
                .expiresAt(expiresAt).build();
    }, 100, Duration.ofMinutes(10));

    @Test
    void aTokenIsVerifiedOnceForAllTheRequestsOfASession() {
        for (int request = 0; request < 5; request++) {
            assertThat(tokens.decode("token-1").getSubject()).isEqualTo("clerk");
        }

        assertThat(verifications).containsExactly("token-1");
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        expiresAt = Instant.now().minus(Duration.ofMinutes(2));
        tokens.decode("token-1");

        assertThatThrownBy(() -> tokens.decode("token-1")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() {
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged-1", "forged-1");
    }
}
