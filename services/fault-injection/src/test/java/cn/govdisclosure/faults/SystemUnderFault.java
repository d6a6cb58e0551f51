package cn.govdisclosure.faults;

import cn.govdisclosure.support.security.TestTokens;
import cn.govdisclosure.transparency.Ed25519Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole system as separate processes on this machine: PostgreSQL and Kafka each held by a child JVM, and the
 * three services from their runnable jars, each on its own free port, exactly as they run apart in production. Every
 * part can be stopped gracefully or killed with SIGKILL and started again on the same ports and data.
 */
final class SystemUnderFault implements AutoCloseable {

    enum Part { SUBMISSION, VALIDATION, PUBLICATION, KAFKA, POSTGRES }

    static final String ADMIN_PASSWORD = "fault-injection-" + UUID.randomUUID();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<String> SERVICE_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Daxoniq.update-checker.disabled=true");

    private final Path directory;
    private final int postgresPort = freePort();
    private final int kafkaPort = freePort();
    private final Map<Part, Integer> servicePorts = new LinkedHashMap<>();
    private final Map<Part, ChildProcess> parts = new LinkedHashMap<>();

    SystemUnderFault(Path directory) {
        this.directory = directory;
        for (Part service : List.of(Part.SUBMISSION, Part.VALIDATION, Part.PUBLICATION)) {
            servicePorts.put(service, freePort());
        }
        String validationKey = UUID.randomUUID().toString();
        String publicationKey = UUID.randomUUID().toString();
        KeyPair transparency = Ed25519Keys.generate();
        List<String> tokens = TestTokens.properties().entrySet().stream()
                .map(property -> property.getKey() + "=" + property.getValue()).toList();
        String classPath = System.getProperty("java.class.path");
        parts.put(Part.POSTGRES, new ChildProcess("postgres", ChildProcess.java(List.of("-Xmx64m", "-cp", classPath),
                List.of(InfrastructureProcess.class.getName(), "postgres", directory.resolve("postgres").toString(),
                        String.valueOf(postgresPort))), directory.resolve("logs/postgres.log")));
        parts.put(Part.KAFKA, new ChildProcess("kafka", ChildProcess.java(List.of("-Xmx512m", "-cp", classPath),
                List.of(InfrastructureProcess.class.getName(), "kafka", directory.resolve("kafka").toString(),
                        String.valueOf(kafkaPort))), directory.resolve("logs/kafka.log")));
        List<String> submission = new ArrayList<>(tokens);
        submission.addAll(List.of("security.bootstrap-admin.username=admin",
                "security.bootstrap-admin.password=" + ADMIN_PASSWORD,
                "messaging.trusted-senders.validation-service=" + validationKey,
                "messaging.trusted-senders.publication-service=" + publicationKey,
                "operations.stuck-after=PT2M"));
        service(Part.SUBMISSION, "submission", submission);
        List<String> validation = new ArrayList<>(tokens.stream().filter(t -> t.contains("public-key")).toList());
        validation.add("messaging.signing-key=" + validationKey);
        service(Part.VALIDATION, "validation", validation);
        List<String> publication = new ArrayList<>(tokens.stream().filter(t -> t.contains("public-key")).toList());
        publication.addAll(List.of("messaging.signing-key=" + publicationKey,
                "publication.public-base-url=" + url(Part.PUBLICATION),
                "publication.transparency.private-key=" + Ed25519Keys.privateKeyPem(transparency.getPrivate()),
                "publication.transparency.public-key=" + Ed25519Keys.publicKeyPem(transparency.getPublic())));
        service(Part.PUBLICATION, "publication", publication);
    }

    private void service(Part part, String name, List<String> properties) {
        int port = servicePorts.get(part);
        String jar = System.getProperty("faults." + name + "-jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No runnable jar of the " + name + " service at " + jar
                    + ": build it first (./mvnw -pl services/fault-injection -am verify)");
        }
        List<String> arguments = new ArrayList<>(List.of("-jar", jar, "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/" + name,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafkaPort,
                // A database that is gone is noticed within seconds, not after Hikari's default 30 s.
                "--spring.datasource.hikari.connection-timeout=5000",
                "--web.limits.requests-per-minute=1000000"));
        properties.forEach(property -> arguments.add("--" + property));
        parts.put(part, new ChildProcess(name + "-service", ChildProcess.java(SERVICE_JVM, arguments),
                directory.resolve("logs/" + name + "-service.log")));
    }

    void start() {
        start(Part.POSTGRES);
        createDatabases();
        start(Part.KAFKA);
        // The services start at the same time; each waits for nothing but the servers.
        for (Part part : List.of(Part.SUBMISSION, Part.VALIDATION, Part.PUBLICATION)) {
            parts.get(part).start();
        }
        for (Part part : List.of(Part.SUBMISSION, Part.VALIDATION, Part.PUBLICATION)) {
            awaitReady(part);
        }
    }

    void start(Part part) {
        parts.get(part).start();
        awaitReady(part);
    }

    /** SIGTERM and wait: the part shuts down as it would on a deployment. */
    void stop(Part part) {
        parts.get(part).stop();
    }

    /**
     * SIGKILL. PostgreSQL's postmaster is a process of its own (its holder JVM only started it), so it is killed
     * directly, as {@code kill -9 <postmaster pid>}, and then its holder.
     */
    void kill(Part part) {
        if (part == Part.POSTGRES) {
            postmasterPid().flatMap(ProcessHandle::of).ifPresent(postmaster -> {
                postmaster.destroyForcibly();
                postmaster.onExit().join();
            });
        }
        parts.get(part).kill();
    }

    String url(Part service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    Path logs() {
        return directory.resolve("logs");
    }

    private void awaitReady(Part part) {
        ChildProcess process = parts.get(part);
        switch (part) {
            case POSTGRES, KAFKA -> process.awaitReady(() -> process.logged(InfrastructureProcess.READY),
                    START_TIMEOUT);
            default -> process.awaitReady(() -> answers(url(part) + "/actuator/health/readiness"), START_TIMEOUT);
        }
    }

    private void createDatabases() {
        try (Connection connection = connect("postgres")) {
            for (String database : List.of("submission", "validation", "publication")) {
                try (var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    if (!exists.executeQuery().next()) {
                        connection.createStatement().execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the services' databases", e);
        }
    }

    private java.util.Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("postgres/postmaster.pid"));
            return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Long.valueOf(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static boolean answers(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Services first, then Kafka, then PostgreSQL, so nothing in flight loses its server. */
    @Override
    public void close() {
        for (Part part : List.of(Part.SUBMISSION, Part.VALIDATION, Part.PUBLICATION, Part.KAFKA, Part.POSTGRES)) {
            try {
                parts.get(part).stop();
            } catch (RuntimeException e) {
                parts.get(part).kill();
            }
        }
    }
}
