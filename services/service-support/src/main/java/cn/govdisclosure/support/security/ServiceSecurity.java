package cn.govdisclosure.support.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The HTTP security every service shares: stateless bearer-token authentication with the tokens the system issues,
 * problem JSON for 401 and 403, health and metrics open to the platform. Each service adds its public paths and its
 * own rules; agency-level checks (whose report is this?) are made where the report is known.
 */
public final class ServiceSecurity {

    private static final List<String> PLATFORM_PATHS = List.of("/actuator/health/**", "/actuator/prometheus",
            "/actuator/info", "/error");

    private ServiceSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, List<String> publicPaths,
                                            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>
                                                    .AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        // Bearer tokens, not cookies: there is no session a forged cross-site request could ride on.
        http.csrf(csrf -> csrf.disable());
        return build(http, publicPaths, rules);
    }

    /**
     * The same API, also open to the pages of a browser session ({@link BrowserSession}): a request without an
     * {@code Authorization} header may carry the token in the session cookie, and then needs a CSRF token to change
     * anything. Requests with the header behave exactly as in {@link #chain}.
     */
    public static SecurityFilterChain chainWithBrowserSessions(HttpSecurity http, List<String> publicPaths,
                                                               Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>
                                                                       .AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .addFilterAt(BrowserSession.csrfFilter(BrowserSession.cookieAuthenticatedChange(),
                        ProblemSecurityResponses.forbidden()), CsrfFilter.class)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(BrowserSession.tokenResolver(
                        request -> false)));
        return build(http, publicPaths, rules);
    }

    private static SecurityFilterChain build(HttpSecurity http, List<String> publicPaths,
                                             Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>
                                                     .AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        String[] open = Stream.concat(PLATFORM_PATHS.stream(), publicPaths.stream()).toArray(String[]::new);
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(open).permitAll();
                    rules.customize(requests);
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemSecurityResponses.unauthenticated())
                        .accessDeniedHandler(ProblemSecurityResponses.forbidden()))
                .build();
    }

    /** Turns the token's roles into Spring Security authorities ({@code ROLE_CLERK}, …). */
    public static JwtAuthenticationConverter rolesFromToken() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(Claims.ROLES);
            return roles == null ? List.of()
                    : roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .map(authority -> (org.springframework.security.core.GrantedAuthority) authority).toList();
        });
        return converter;
    }
}
