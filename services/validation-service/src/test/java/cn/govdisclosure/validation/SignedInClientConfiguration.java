package cn.govdisclosure.validation;

import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.TestTokens;
import java.util.Set;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The tests' HTTP client signs in as a member of the supervising office who also administers and audits, so that
 * it may load history and read every validation; tests of who may do what use their own tokens.
 */
@TestConfiguration(proxyBeanMethods = false)
class SignedInClientConfiguration {

    static final String TOKEN = TestTokens.token(new AuthenticatedUser("test-administrator",
            Set.of(Role.ADMIN, Role.AUDITOR), null, null, null));

    @Bean
    RestTestClientBuilderCustomizer signedIn() {
        return builder -> builder.defaultHeader("Authorization", "Bearer " + TOKEN);
    }
}
