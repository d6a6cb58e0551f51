package cn.govdisclosure.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.govdisclosure.submission.TestHttp.Answer;
import cn.govdisclosure.support.security.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace's browser session: signing in with a form puts the token into an HttpOnly, SameSite=Strict cookie;
 * the pages and the API accept that cookie, but only with the page's CSRF token for any change; a user sees and
 * changes only the own agency's reports; the bearer-token API is unchanged.
 */
class WorkspaceSessionIT extends SubmissionServiceTestBase {

    private static final String PASSWORD = "workspace-test-2024";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String reportId;
    private String clerk;

    @BeforeEach
    void agencyWithClerkAccount() {
        reportId = registerAgencyWithReport(2023);
        clerk = "clerk-" + reportId.substring(9, 17).toLowerCase();
        Answer created = admin.post("/api/accounts", """
                {"username": "%s", "password": "%s", "roles": ["CLERK"], "creditCode": "%s"}"""
                .formatted(clerk, PASSWORD, reportId.substring(0, 18)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void sendsVisitorsToTheSignInPageAndSignsInWithAFormIntoAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> dashboard = get("/workspace", null);
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElseThrow()).endsWith("/workspace/login");

        Session anonymous = signInPage();
        assertThat(post("/workspace/login", form(clerk, PASSWORD, null), anonymous.csrfCookie).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        HttpResponse<String> wrong = post("/workspace/login", form(clerk, "not-the-password", anonymous.csrfToken),
                anonymous.csrfCookie);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("用户名或密码错误");

        HttpResponse<String> signedIn = post("/workspace/login", form(clerk, PASSWORD, anonymous.csrfToken),
                anonymous.csrfCookie);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/workspace");
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("workspace-token=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");

        HttpResponse<String> page = get("/workspace", cookie.substring(0, cookie.indexOf(';')));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("测试县人力资源和社会保障局").contains("2023年度")
                .contains("草稿").contains("应于2024年1月31日前公布");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
    }

    @Test
    void changesFiguresWithTheSessionCookieOnlyWithThePagesCsrfToken() throws Exception {
        Session session = signIn();
        TestHttp browser = new TestHttp(port, null).withHeader("Cookie", session.cookies());
        String change = "{\"changes\": {\"s2.coercion.decisions\": 3}, \"reason\": \"在线填报\"}";

        Answer forged = browser.put("/api/reports/" + reportId + "/figures", change);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asText()).contains("请刷新页面");
        assertThat(http.get("/api/reports/" + reportId).json().get("figures").has("s2.coercion.decisions")).isFalse();

        Answer fromThePage = browser.withHeader("X-XSRF-TOKEN", session.csrfToken)
                .put("/api/reports/" + reportId + "/figures", change);
        assertThat(fromThePage.status()).as(fromThePage.body()).isEqualTo(200);
        assertThat(http.get("/api/reports/" + reportId + "/figures/s2.coercion.decisions/history").json().get(0)
                .get("changedBy").asText()).isEqualTo(clerk);

        assertThat(http.put("/api/reports/" + reportId + "/figures", change.replace("3", "4")).status())
                .as("bearer tokens need no CSRF token").isEqualTo(200);
    }

    @Test
    void showsAndChangesOnlyTheOwnAgencysReports() throws Exception {
        String otherReport = registerAgencyWithReport(2023);
        Session session = signIn();

        assertThat(get("/workspace/reports/" + reportId, session.cookies()).body())
                .contains("id=\"cell-s3.received.total\"").contains("data-sum-of=\"s3.received.naturalPerson");
        HttpResponse<String> otherPage = get("/workspace/reports/" + otherReport, session.cookies());
        assertThat(otherPage.statusCode()).isEqualTo(403);
        assertThat(otherPage.body()).contains("无权查看其他机关的报告").doesNotContain("cell-s3");
        assertThat(get("/workspace/reports/" + reportId.replace("2023", "2022"), session.cookies()).statusCode())
                .isEqualTo(404);
        TestHttp browser = new TestHttp(port, null).withHeader("Cookie", session.cookies())
                .withHeader("X-XSRF-TOKEN", session.csrfToken);
        assertThat(browser.get("/api/reports/" + otherReport).status()).isEqualTo(403);
        assertThat(browser.put("/api/reports/" + otherReport + "/figures",
                "{\"changes\": {\"s2.coercion.decisions\": 1}, \"reason\": \"越权\"}").status()).isEqualTo(403);
    }

    @Test
    void sendsAnExpiredOrForgedSessionBackToSignInAndDropsItsCookie() throws Exception {
        String forged = TestTokens.clerkOf(reportId.substring(0, 18)).substring(0, 40) + "x.y.z";
        HttpResponse<String> page = get("/workspace", "workspace-token=" + forged);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/workspace/login?expired");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("workspace-token=;").contains("Max-Age=0"));
        assertThat(get("/workspace/login", "workspace-token=" + forged).statusCode()).isEqualTo(200);
    }

    /** The cookies and the CSRF token a browser holds after signing in and opening the dashboard. */
    private record Session(String csrfCookie, String csrfToken, String tokenCookie) {

        String cookies() {
            return tokenCookie == null ? csrfCookie : csrfCookie + "; " + tokenCookie;
        }
    }

    private Session signInPage() throws IOException, InterruptedException {
        HttpResponse<String> page = get("/workspace/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(csrfCookie).contains("SameSite=Strict");
        Matcher token = META_CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Session(csrfCookie.substring(0, csrfCookie.indexOf(';')), token.group(1), null);
    }

    private Session signIn() throws IOException, InterruptedException {
        Session anonymous = signInPage();
        HttpResponse<String> signedIn = post("/workspace/login", form(clerk, PASSWORD, anonymous.csrfToken),
                anonymous.csrfCookie);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("workspace-token=")).findFirst().orElseThrow();
        return new Session(anonymous.csrfCookie, anonymous.csrfToken, cookie.substring(0, cookie.indexOf(';')));
    }

    private static String form(String username, String password, String csrfToken) {
        List<String> fields = new java.util.ArrayList<>(List.of("username=" + encode(username),
                "password=" + encode(password)));
        if (csrfToken != null) {
            fields.add("_csrf=" + encode(csrfToken));
        }
        return String.join("&", fields);
    }

    private HttpResponse<String> get(String path, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
