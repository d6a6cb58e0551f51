package cn.govdisclosure.submission.workspace.web;

import cn.govdisclosure.support.security.BrowserSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;

/** What the workspace pages need from the security set-up beyond the API's. */
public final class WorkspaceSecurity {

    private WorkspaceSecurity() {
    }

    /**
     * Not signed in, or the session's token expired: to the sign-in page, dropping a stale session cookie so that
     * the next request does not carry it again.
     */
    public static AuthenticationEntryPoint toSignIn() {
        return (request, response, exception) -> {
            boolean hadSession = request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
                    .anyMatch(cookie -> BrowserSession.COOKIE.equals(cookie.getName()));
            if (hadSession) {
                response.addHeader(HttpHeaders.SET_COOKIE, BrowserSession.expired(request.isSecure()).toString());
            }
            response.sendRedirect(request.getContextPath() + "/workspace/login" + (hadSession ? "?expired" : ""));
        };
    }

    /**
     * Scripts and styles only from the workspace's own files (no inline script a injected text could become);
     * requests only to this service and the validation service's live check; no framing.
     */
    public static String contentSecurityPolicy(String validationUrl) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + validationUrl + "; form-action 'self'; frame-ancestors 'none'; "
                + "base-uri 'none'; object-src 'none'";
    }
}
