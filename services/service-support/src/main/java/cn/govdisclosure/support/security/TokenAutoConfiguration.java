package cn.govdisclosure.support.security;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Every service verifies the system's tokens with the public key: signature, expiry and issuer; a token that passed is
 * kept for a while ({@link VerifiedTokens}) and only its time checked again.
 */
@AutoConfiguration
@EnableConfigurationProperties(TokenProperties.class)
public class TokenAutoConfiguration {

    @Bean
    JwtDecoder jwtDecoder(TokenProperties tokens) {
        if (tokens.publicKey() == null || tokens.publicKey().isBlank()) {
            throw new IllegalStateException("security.tokens.public-key is not set: the service cannot verify tokens");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(Pem.readPublicKey(tokens.publicKey())).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(tokens.issuer())));
        return new VerifiedTokens(decoder, 10_000, Duration.ofMinutes(10));
    }
}
