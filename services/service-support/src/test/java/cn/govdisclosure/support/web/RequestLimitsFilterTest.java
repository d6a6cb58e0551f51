package cn.govdisclosure.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One client may not crowd out the others: too many requests get 429, too large a body 413, each as problem JSON. */
class RequestLimitsFilterTest {

    private static final String CLIENT = "192.0.2.10";
    private static final String OTHER_CLIENT = "192.0.2.20";

    private final AtomicInteger handled = new AtomicInteger();
    private final FilterChain handler = (request, response) -> {
        request.getInputStream().readAllBytes();
        handled.incrementAndGet();
        ((HttpServletResponse) response).setStatus(200);
    };

    @Test
    void aClientOverItsRateIsToldWhenToRetry() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 3);

        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, get(CLIENT)).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = send(filter, get(CLIENT));

        assertProblem(refused, 429, "请求过于频繁");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(handled).hasValue(3);
    }

    @Test
    void anotherClientIsNotSlowedDownByOneOverItsRate() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 1);
        send(filter, get(CLIENT));
        assertThat(send(filter, get(CLIENT)).getStatus()).isEqualTo(429);

        assertThat(send(filter, get(OTHER_CLIENT)).getStatus()).isEqualTo(200);
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedUnread() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 100);
        MockHttpServletRequest request = put(CLIENT, new byte[10], 1025);

        MockHttpServletResponse refused = send(filter, request);

        assertProblem(refused, 413, "请求内容不能超过");
        assertThat(refused.getHeader("Connection")).isEqualTo("close");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aBodyOfUnannouncedLengthIsRefusedOnceItPassesTheLimit() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 100);
        MockHttpServletRequest request = put(CLIENT, new byte[1025], -1);

        MockHttpServletResponse refused = send(filter, request);

        assertProblem(refused, 413, "请求内容不能超过");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aBodyAtTheLimitIsAccepted() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 100);

        assertThat(send(filter, put(CLIENT, new byte[1024], 1024)).getStatus()).isEqualTo(200);
        assertThat(handled).hasValue(1);
    }

    @Test
    void clientsThatWentQuietAreForgottenSoThatRotatingAddressesCannotFillTheMemory() throws Exception {
        RequestLimitsFilter filter = filter(DataSize.ofKilobytes(1), 60_000_000);

        for (int i = 0; i < 2 * RequestLimitsFilter.MAX_TRACKED_CLIENTS + 1; i++) {
            send(filter, get("10.0." + (i >> 8 & 0xff) + "." + (i & 0xff) + ":" + i));
        }

        assertThat(filter.trackedClients()).isLessThanOrEqualTo(RequestLimitsFilter.MAX_TRACKED_CLIENTS);
    }

    private static RequestLimitsFilter filter(DataSize maxBody, long requestsPerMinute) {
        return new RequestLimitsFilter(new WebLimitsProperties(maxBody, requestsPerMinute));
    }

    private MockHttpServletResponse send(RequestLimitsFilter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, handler);
        return response;
    }

    private static MockHttpServletRequest get(String client) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/reports");
        request.setRemoteAddr(client);
        return request;
    }

    /** A request whose body announces the given length; -1 announces none, as a chunked body does. */
    private static MockHttpServletRequest put(String client, byte[] body, long announcedLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/reports/x/sections/overview") {
            @Override
            public long getContentLengthLong() {
                return announcedLength;
            }
        };
        request.setRemoteAddr(client);
        request.setContentType("text/plain");
        request.setContent(body);
        return request;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String detail) throws IOException {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getContentLength()).isEqualTo(body.length);
        JsonNode problem = JsonMapper.shared().readTree(new String(body, StandardCharsets.UTF_8));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
    }
}
