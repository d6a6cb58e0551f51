package cn.govdisclosure.support.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bearer tokens the system issues and every service accepts: JWTs signed with RSA by the submission service,
 * which holds the private key; the other services hold only the public key.
 *
 * @param publicKey  PEM of the RSA public key that verifies tokens
 * @param privateKey PEM (PKCS#8) of the private key that signs them; only where tokens are issued
 * @param issuer     the {@code iss} every token carries and every service requires
 * @param lifetime   how long a token is valid
 */
@ConfigurationProperties("security.tokens")
public record TokenProperties(String publicKey, String privateKey, @DefaultValue("annual-report") String issuer,
                              @DefaultValue("8h") Duration lifetime) {
}
