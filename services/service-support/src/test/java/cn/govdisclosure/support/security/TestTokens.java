package cn.govdisclosure.support.security;

import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Tokens for tests: one key pair per JVM, the properties that make a service trust it, and signed tokens. */
public final class TestTokens {

    private static final KeyPair KEYS = Pem.newRsaKeyPair();
    private static final TokenProperties PROPERTIES = new TokenProperties(Pem.publicKey(KEYS), Pem.privateKey(KEYS),
            "annual-report", java.time.Duration.ofHours(1));
    private static final TokenIssuer ISSUER = new TokenIssuer(PROPERTIES, Clock.systemUTC());

    private TestTokens() {
    }

    /** The properties that make a service verify (and, with the private key, issue) the test tokens. */
    public static Map<String, String> properties() {
        return Map.of("security.tokens.public-key", PROPERTIES.publicKey(),
                "security.tokens.private-key", PROPERTIES.privateKey());
    }

    public static String token(AuthenticatedUser user) {
        return ISSUER.issue(user).token();
    }

    public static String clerkOf(String creditCode) {
        return token(new AuthenticatedUser("clerk-" + creditCode, Set.of(Role.CLERK), creditCode, null, null));
    }

    public static String approverOf(String creditCode, int level) {
        return token(new AuthenticatedUser("approver" + level + "-" + creditCode, Set.of(Role.APPROVER), creditCode,
                null, level));
    }

    public static String admin() {
        return token(new AuthenticatedUser("admin", Set.of(Role.ADMIN), null, null, null));
    }

    public static String auditor() {
        return token(new AuthenticatedUser("auditor", Set.of(Role.AUDITOR), null, null, null));
    }

    public static String supervisorOf(String regionCode) {
        return token(new AuthenticatedUser("supervisor-" + regionCode, Set.of(Role.SUPERVISOR), null, regionCode,
                null));
    }
}
