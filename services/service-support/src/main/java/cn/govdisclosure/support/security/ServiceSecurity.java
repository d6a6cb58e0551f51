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
        String[] open = Stream.concat(PLATFORM_PATHS.stream(), publicPaths.stream()).toArray(String[]::new);
        return http
                // Bearer tokens, not cookies: there is no session a forged cross-site request could ride on.
                .csrf(csrf -> csrf.disable())
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

    private static JwtAuthenticationConverter rolesFromToken() {
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
