package cn.govdisclosure.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback that answers like the services: tokens, JSON and problem details. */
class ApiClientTest {

    private HttpServer server;
    private String url;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/auth/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("\"password\":\"right\"")) {
                answer(exchange, 200, "application/json", "{\"token\":\"t-123\",\"expiresAt\":\"2026-12-01T00:00:00Z\"}");
            } else {
                answer(exchange, 401, "application/problem+json", "{\"status\":401,\"detail\":\"用户名或密码错误\"}");
            }
        });
        server.createContext("/api/reports/r-1", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestMethod().equals("PUT")) {
                answer(exchange, 400, "application/problem+json",
                        "{\"status\":400,\"detail\":\"数值无效\",\"field\":\"changes\"}");
            } else {
                answer(exchange, 200, "application/json", "{\"status\":\"DRAFT\"}");
            }
        });
        server.createContext("/plain", exchange -> answer(exchange, 502, "text/plain", "Bad Gateway"));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void signsInAndPresentsTheTokenOnEveryRequest() {
        ApiClient clerk = ApiClient.signIn(url, "clerk", "right");

        assertThat(clerk.expect(clerk.get("/api/reports/r-1"), 200).get("status").asText()).isEqualTo("DRAFT");
        assertThat(clerk.at(url).get("/api/reports/r-1").statusCode()).isEqualTo(200);
        assertThat(authorizations).containsExactly("Bearer t-123", "Bearer t-123");
    }

    @Test
    void aRefusalFailsWithTheStatusAndTheProblemsDetail() {
        assertThatThrownBy(() -> ApiClient.signIn(url, "clerk", "wrong"))
                .isInstanceOfSatisfying(ApiClient.ApiCallFailedException.class, failure -> {
                    assertThat(failure.status()).isEqualTo(401);
                    assertThat(failure.getMessage()).isEqualTo("POST /api/auth/token answered 401: 用户名或密码错误");
                });
        ApiClient clerk = ApiClient.signIn(url, "clerk", "right");

        assertThatThrownBy(() -> clerk.expect(clerk.put("/api/reports/r-1", ApiClient.object().put("x", 1)), 200))
                .hasMessageEndingWith("answered 400: 数值无效");
        assertThat(ApiClient.problem(clerk.get("/plain"))).isEqualTo("Bad Gateway");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
