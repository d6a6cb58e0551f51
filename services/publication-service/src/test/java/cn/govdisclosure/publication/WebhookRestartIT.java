package cn.govdisclosure.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.kernel.rules.RuleSet;
import cn.govdisclosure.publication.command.PublishReportCommand;
import cn.govdisclosure.publication.command.ReportPublisher;
import cn.govdisclosure.publication.webhook.WebhookSignature;
import cn.govdisclosure.support.security.TestTokens;
import cn.govdisclosure.transparency.Ed25519Keys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Webhook deliveries survive both a receiver that is down and a restart of the publication service: one endpoint
 * refuses connections until after the restart; the other answers 503 and then hangs, so that the service stops with
 * a request in flight. The service is started twice on the same database, as a real restart would, and both
 * deliveries arrive afterwards with their ids and signatures unchanged.
 *
 * <p>These contexts are the test's own (database {@value #DATABASE}, Kafka listeners off: the publication is made
 * through {@link ReportPublisher}, which is where the outbox row is written), so that the application context the
 * other tests share goes on undisturbed.
 */
class WebhookRestartIT {

    private static final String DATABASE = "publication_restart_it";
    private static final String SECRET = "restart-webhook-secret";
    private static final KeyPair LOG_KEY = Ed25519Keys.generate();
    private static final String AGENCY = PublicationFixtures.agency(1401);

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void deliversToAReceiverThatWasDownAndARequestCutShortByARestart() throws Exception {
        int downPort = freePort();
        Receiver hanging = receiver(0);
        hanging.answerThenHang(503);
        JdbcClient database = database();

        ConfigurableApplicationContext first = start(downPort, hanging.port());
        first.getBean(ReportPublisher.class).publish(acceptedReport());
        await().atMost(Duration.ofSeconds(30)).until(() -> hanging.inFlight() > 0 && attempts(database, "down") >= 1);
        first.close();

        int attemptsWhileDown = attempts(database, "down");
        Receiver down = receiver(downPort);
        hanging.answerFromNowOn(200);
        start(downPort, hanging.port());

        await().atMost(Duration.ofSeconds(90)).until(() -> status(database, "down").equals("DELIVERED")
                && status(database, "hanging").equals("DELIVERED"));
        assertThat(attemptsWhileDown).as("attempts refused before the restart").isPositive();
        assertThat(attemptErrors(database, "down").subList(0, attemptsWhileDown)).allSatisfy(error ->
                assertThat(error).isNotBlank());
        assertThat(down.received()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.id()).isEqualTo("down:" + AGENCY + ":2023:v1");
            assertThat(request.signatureValid()).isTrue();
        });
        assertThat(hanging.received()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(request -> {
            assertThat(request.id()).isEqualTo("hanging:" + AGENCY + ":2023:v1");
            assertThat(request.signatureValid()).isTrue();
        });
        assertThat(hanging.received()).extracting(Received::body).containsOnly(down.received().get(0).body()
                .replace("\"deliveryId\":\"down:", "\"deliveryId\":\"hanging:"));
        assertThat(database.sql("SELECT count(*) FROM webhook_delivery WHERE credit_code = ?").param(AGENCY)
                .query(Integer.class).single()).isEqualTo(2);
    }

    private ConfigurableApplicationContext start(int downPort, int hangingPort) {
        List<String> arguments = new ArrayList<>();
        TestInfrastructure.serviceProperties(DATABASE).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        TestTokens.properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        Map.of("server.port", "0",
                "spring.kafka.listener.auto-startup", "false",
                "spring.kafka.consumer.group-id", "publication-restart-it",
                "publication.public-base-url", "https://portal.example.gov.cn",
                "publication.transparency.private-key", Ed25519Keys.privateKeyPem(LOG_KEY.getPrivate()),
                "publication.transparency.public-key", Ed25519Keys.publicKeyPem(LOG_KEY.getPublic()),
                "publication.webhook-delivery.initial-backoff", "100ms",
                "publication.webhook-delivery.max-backoff", "400ms",
                "publication.webhook-delivery.timeout", "2s",
                "publication.webhook-delivery.poll-interval", "100ms")
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of("--publication.webhooks[0].name=down",
                "--publication.webhooks[0].url=http://127.0.0.1:" + downPort + "/hooks",
                "--publication.webhooks[0].secret=" + SECRET,
                "--publication.webhooks[1].name=hanging",
                "--publication.webhooks[1].url=http://127.0.0.1:" + hangingPort + "/hooks",
                "--publication.webhooks[1].secret=" + SECRET));
        ConfigurableApplicationContext context = PublicationServiceApplication.application()
                .run(arguments.toArray(String[]::new));
        running.add(context::close);
        return context;
    }

    /** A receiver listening on {@code port} (0: any free port), stopped after the test. */
    private Receiver receiver(int port) throws IOException {
        return new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
    }

    private static PublishReportCommand acceptedReport() {
        var accepted = PublicationFixtures.accepted(AGENCY, 2023, 1, PublicationFixtures.zezhouReport());
        return new PublishReportCommand(accepted.reportId(), 1, AGENCY, accepted.agencyName(), accepted.regionCode(),
                2023, accepted.formatId(), accepted.content(), accepted.warnings(), RuleSet.VERSION, null, null);
    }

    private static JdbcClient database() {
        Map<String, String> properties = TestInfrastructure.serviceProperties(DATABASE);
        return JdbcClient.create(new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password")));
    }

    private static int attempts(JdbcClient database, String endpoint) {
        return database.sql("SELECT count(*) FROM webhook_attempt WHERE delivery_id = ?")
                .param(endpoint + ":" + AGENCY + ":2023:v1").query(Integer.class).single();
    }

    private static List<String> attemptErrors(JdbcClient database, String endpoint) {
        return database.sql("SELECT error FROM webhook_attempt WHERE delivery_id = ? ORDER BY attempt")
                .param(endpoint + ":" + AGENCY + ":2023:v1").query(String.class).list();
    }

    private static String status(JdbcClient database, String endpoint) {
        return database.sql("SELECT status FROM webhook_delivery WHERE delivery_id = ?")
                .param(endpoint + ":" + AGENCY + ":2023:v1").query(String.class).optional().orElse("NONE");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Received(String id, String body, boolean signatureValid) {
    }

    /** A portal's receiver: verifies signatures, keeps what it got, and answers as told, or not at all. */
    private final class Receiver {

        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile Integer first;
        private volatile int status = 200;
        private volatile boolean hang;

        private Receiver(HttpServer server) {
            this.server = server;
            server.createContext("/hooks", this::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            running.add(() -> {
                released.countDown();
                server.stop(0);
            });
        }

        int port() {
            return server.getAddress().getPort();
        }

        /** The first request gets {@code status}; every later one hangs until {@link #answerFromNowOn}. */
        void answerThenHang(int status) {
            this.first = status;
            this.hang = true;
        }

        void answerFromNowOn(int status) {
            this.status = status;
            this.hang = false;
            released.countDown();
        }

        int inFlight() {
            return inFlight.get();
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-Webhook-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Webhook-Signature");
            String expected = WebhookSignature.sign(SECRET, Long.parseLong(timestamp), body);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Webhook-Id"), body,
                    signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                            signature.getBytes(StandardCharsets.US_ASCII))));
            Integer answer = first;
            first = null;
            try {
                if (answer == null && hang) {
                    inFlight.incrementAndGet();
                    try {
                        released.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
                exchange.sendResponseHeaders(answer != null ? answer : status, -1);
            } catch (IOException abandoned) {
                // the service that sent it stopped waiting (it was restarted): nobody to answer
            } finally {
                exchange.close();
            }
        }
    }
}
