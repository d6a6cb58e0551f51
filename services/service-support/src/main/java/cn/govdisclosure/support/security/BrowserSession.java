package cn.govdisclosure.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing in from a browser: the same RS256 token the API hands out, kept in an HttpOnly, SameSite=Strict cookie
 * that scripts cannot read and other sites cannot send. A request that carries an {@code Authorization} header is
 * an API client's and is judged by the header alone, exactly as before; only a request authenticated by the
 * cookie needs a CSRF token for anything but reading. The CSRF token is kept in a cookie too (double submit, no
 * server session) and is rendered into the pages, which send it back in the {@code X-XSRF-TOKEN} header or the
 * {@code _csrf} form field.
 */
public final class BrowserSession {

    /** The cookie carrying the signed-in user's token. */
    public static final String COOKIE = "workspace-token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private BrowserSession() {
    }

    /**
     * The token of a request: from its {@code Authorization} header if it has one, else from the session cookie,
     * unless {@code ignoreCookie} says the path does not want it (the sign-in page, where an expired cookie must
     * not stand in the way of signing in again).
     */
    public static BearerTokenResolver tokenResolver(Predicate<HttpServletRequest> ignoreCookie) {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || ignoreCookie.test(request)) {
                return header.resolve(request);
            }
            return cookieToken(request);
        };
    }

    /** A state-changing request that only the session cookie authenticates. */
    public static RequestMatcher cookieAuthenticatedChange() {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null && cookieToken(request) != null;
    }

    /**
     * The CSRF check for the requests {@code requireProtection} names. It is added as a filter of its own rather than
     * through {@code http.csrf(…)}: the resource-server configuration exempts from that every request whose token
     * the token resolver finds, and the session cookie is such a token.
     */
    public static CsrfFilter csrfFilter(RequestMatcher requireProtection, AccessDeniedHandler denied) {
        CsrfFilter filter = new CsrfFilter(csrfTokens());
        filter.setRequireCsrfProtectionMatcher(requireProtection);
        filter.setAccessDeniedHandler(denied);
        return filter;
    }

    /** Keeps the CSRF token in a SameSite=Strict cookie; the pages read it from their markup, not the cookie. */
    public static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return tokens;
    }

    /**
     * Loads the request's CSRF token before the page is written, so that a newly made token's cookie is set while
     * the response headers can still change.
     */
    public static OncePerRequestFilter csrfTokenLoader() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                    token.getToken();
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** The session cookie for a freshly issued token, living as long as the token. */
    public static ResponseCookie cookie(String token, Duration lifetime, boolean secure) {
        return ResponseCookie.from(COOKIE, token).httpOnly(true).secure(secure).sameSite("Strict").path("/")
                .maxAge(lifetime).build();
    }

    /** Ends the session: the cookie, emptied and expired. */
    public static ResponseCookie expired(boolean secure) {
        return ResponseCookie.from(COOKIE, "").httpOnly(true).secure(secure).sameSite("Strict").path("/")
                .maxAge(Duration.ZERO).build();
    }

    private static String cookieToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue).filter(value -> !value.isBlank()).findFirst().orElse(null);
    }
}
