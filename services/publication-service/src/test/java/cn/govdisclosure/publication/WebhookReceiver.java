package cn.govdisclosure.publication;

import cn.govdisclosure.publication.webhook.WebhookSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portal's webhook receiver: a real HTTP server on a free port that verifies every signature as a receiver should,
 * keeps what it got, and answers as a test scripts it per agency (200 unless told otherwise). One per JVM, like the
 * application context the tests share.
 */
final class WebhookReceiver {

    static final String SECRET = "portal-webhook-secret";
    static final WebhookReceiver PORTAL = start();
    /** An endpoint nobody listens on: a port that was free a moment ago. */
    static final String OFFLINE_URL = "http://127.0.0.1:" + freePort() + "/hooks";

    private static final Pattern CREDIT_CODE = Pattern.compile("\"creditCode\":\"([^\"]+)\"");

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    record Received(String id, long timestamp, String signature, String body, String creditCode,
                    boolean signatureValid) {
    }

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/hooks", this::handle);
        server.start();
    }

    private static WebhookReceiver start() {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The agency's next deliveries are answered with these statuses, in order; then 200 again. */
    void answer(String creditCode, Integer... statuses) {
        scripts.put(creditCode, new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> receivedFor(String creditCode) {
        return received.stream().filter(request -> creditCode.equals(request.creditCode())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("X-Webhook-Id");
        long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Webhook-Timestamp"));
        String signature = exchange.getRequestHeaders().getFirst("X-Webhook-Signature");
        Matcher creditCode = CREDIT_CODE.matcher(body);
        String agency = creditCode.find() ? creditCode.group(1) : null;
        received.add(new Received(id, timestamp, signature, body, agency, verifies(timestamp, body, signature)));
        Deque<Integer> script = agency == null ? null : scripts.get(agency);
        Integer status = script == null ? null : script.poll();
        exchange.sendResponseHeaders(status == null ? 200 : status, -1);
        exchange.close();
    }

    /** What a receiver does: recompute the HMAC over timestamp + "." + body and compare in constant time. */
    private static boolean verifies(long timestamp, String body, String signature) {
        String expected = WebhookSignature.sign(SECRET, timestamp, body);
        return signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties that send every publication to this receiver and to the offline endpoint, with quick retries. */
    static Map<String, String> properties() {
        return Map.of(
                "publication.webhooks[0].name", "portal",
                "publication.webhooks[0].url", PORTAL.url(),
                "publication.webhooks[0].secret", SECRET,
                "publication.webhooks[1].name", "offline",
                "publication.webhooks[1].url", OFFLINE_URL,
                "publication.webhooks[1].secret", "offline-secret",
                "publication.webhook-delivery.initial-backoff", "100ms",
                "publication.webhook-delivery.max-backoff", "400ms",
                "publication.webhook-delivery.timeout", "2s",
                "publication.webhook-delivery.poll-interval", "100ms");
    }
}
