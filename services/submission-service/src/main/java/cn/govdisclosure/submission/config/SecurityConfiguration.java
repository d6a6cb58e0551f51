package cn.govdisclosure.submission.config;

import cn.govdisclosure.support.security.ServiceSecurity;
import cn.govdisclosure.support.security.TokenIssuer;
import cn.govdisclosure.support.security.TokenProperties;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what, by role. Whose report it is (the user's own agency, a supervised region) is checked where the
 * report is known, by {@code ReportAccess}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return ServiceSecurity.chain(http, List.of("/api/auth/token"), rules -> rules
                .requestMatchers("/api/accounts/me").authenticated()
                .requestMatchers("/api/accounts/**").hasRole("ADMIN")
                .requestMatchers("/api/audit/read-models/**").hasRole("ADMIN")
                .requestMatchers("/api/operations/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/audit/reports/**", "/api/audit/published/**")
                .hasAnyRole("AUDITOR", "SUPERVISOR", "CLERK", "APPROVER")
                .requestMatchers("/api/audit/**").denyAll()
                .requestMatchers(HttpMethod.POST, "/api/agencies").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/agencies/*/approval-levels").hasAnyRole("ADMIN", "APPROVER")
                .requestMatchers(HttpMethod.POST, "/api/reports/*/approve", "/api/reports/*/return")
                .hasRole("APPROVER")
                .requestMatchers(HttpMethod.POST, "/api/reports", "/api/reports/*/submit",
                        "/api/reports/*/corrections")
                .hasRole("CLERK")
                .requestMatchers(HttpMethod.PUT, "/api/reports/**").hasRole("CLERK"));
    }

    /** bcrypt, in Spring Security's delegating format, so that the algorithm can change without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    TokenIssuer tokenIssuer(TokenProperties properties, Clock clock) {
        return new TokenIssuer(properties, clock);
    }
}
