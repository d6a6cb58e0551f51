package cn.govdisclosure.validation.config;

import cn.govdisclosure.support.security.ServiceSecurity;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The format and live checking are open (they reveal nothing and forms call them on every keystroke); loading
 * history is for administrators and supervising offices; validation results are read by the agency, its
 * supervisors and auditors (checked per report in the controller); rebuilding the published history from the
 * publication events is for administrators.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityConfiguration.LiveCheckOrigins.class)
class SecurityConfiguration {

    /**
     * The pages allowed to call live checking from a browser: the submission service's workspace runs on another
     * origin (port) and checks the form as the clerk types. {@code *} allows any page, which is safe for a public,
     * read-only check that takes no credentials.
     */
    @ConfigurationProperties("validation.live-check")
    record LiveCheckOrigins(@DefaultValue("*") List<String> allowedOrigins) {
    }

    /** Cross-origin calls only to the public live check and the format, without cookies or other credentials. */
    private static CorsConfigurationSource liveCheckFromBrowsers(LiveCheckOrigins origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type", "Accept"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/validate", cors);
        source.registerCorsConfiguration("/api/formats/**", cors);
        return source;
    }

    @Bean
    SecurityFilterChain validations(HttpSecurity http, LiveCheckOrigins origins) throws Exception {
        http.cors(cors -> cors.configurationSource(liveCheckFromBrowsers(origins)));
        return ServiceSecurity.chain(http, List.of(), rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/formats/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/validate").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/history/rebuild").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/history/**").hasAnyRole("ADMIN", "SUPERVISOR"));
    }
}
