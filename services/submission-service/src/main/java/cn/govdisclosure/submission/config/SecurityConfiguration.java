package cn.govdisclosure.submission.config;

import cn.govdisclosure.submission.workspace.web.WorkspaceProperties;
import cn.govdisclosure.submission.workspace.web.WorkspaceSecurity;
import cn.govdisclosure.support.security.BrowserSession;
import cn.govdisclosure.support.security.ServiceSecurity;
import cn.govdisclosure.support.security.TokenIssuer;
import cn.govdisclosure.support.security.TokenProperties;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, by role. Whose report it is (the user's own agency, a supervised region) is checked where the
 * report is known, by {@code ReportAccess}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceProperties.class)
class SecurityConfiguration {

    private final WorkspaceProperties workspace;

    SecurityConfiguration(WorkspaceProperties workspace) {
        this.workspace = workspace;
    }

    /**
     * The workspace pages: signed in through the session cookie, sent to the sign-in page when not (or when the
     * token has expired), every form protected by a CSRF token. Clerks and approvers work here; others are told
     * that the workspace is for agencies.
     */
    @Bean
    @Order(1)
    SecurityFilterChain workspacePages(HttpSecurity http) throws Exception {
        RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher("/workspace/login");
        RequestMatcher assets = PathPatternRequestMatcher.withDefaults().matcher("/workspace/assets/**");
        return http
                .securityMatcher("/workspace", "/workspace/**")
                .csrf(csrf -> csrf.disable())
                .addFilterAt(BrowserSession.csrfFilter(CsrfFilter.DEFAULT_CSRF_MATCHER, new AccessDeniedHandlerImpl()),
                        CsrfFilter.class)
                .addFilterAfter(BrowserSession.csrfTokenLoader(), CsrfFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(signIn, assets).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(BrowserSession.tokenResolver(request -> signIn.matches(request)
                                || assets.matches(request)))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(ServiceSecurity.rolesFromToken()))
                        .authenticationEntryPoint(WorkspaceSecurity.toSignIn()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(WorkspaceSecurity.toSignIn()))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        WorkspaceSecurity.contentSecurityPolicy(workspace.validationUrl()))))
                .build();
    }

    /** The API: bearer tokens as before, and the workspace pages' session cookie with a CSRF token. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return ServiceSecurity.chainWithBrowserSessions(http, List.of("/api/auth/token"), rules -> rules
                .requestMatchers("/api/accounts/me").authenticated()
                .requestMatchers("/api/accounts/**").hasRole("ADMIN")
                .requestMatchers("/api/audit/read-models/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/audit/reports/**", "/api/audit/published/**")
                .hasAnyRole("AUDITOR", "SUPERVISOR", "CLERK", "APPROVER")
                .requestMatchers("/api/audit/**").denyAll()
                .requestMatchers(HttpMethod.POST, "/api/agencies").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/agencies/*/approval-levels").hasAnyRole("ADMIN", "APPROVER")
                .requestMatchers(HttpMethod.PUT, "/api/agencies/*/kind").hasRole("ADMIN")
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
