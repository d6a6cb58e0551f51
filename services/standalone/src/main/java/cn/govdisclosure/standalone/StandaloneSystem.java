package cn.govdisclosure.standalone;

import cn.govdisclosure.infrastructure.ConnectionProperties;
import cn.govdisclosure.infrastructure.EmbeddedKafkaServer;
import cn.govdisclosure.infrastructure.EmbeddedPostgresServer;
import cn.govdisclosure.infrastructure.KafkaServer;
import cn.govdisclosure.infrastructure.PostgresServer;
import cn.govdisclosure.publication.PublicationServiceApplication;
import cn.govdisclosure.submission.SubmissionServiceApplication;
import cn.govdisclosure.validation.ValidationServiceApplication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system on one machine: real PostgreSQL and Kafka servers embedded from Maven artifacts, with their
 * data kept in the data directory, and the three services, each with its own database, port and Kafka consumer group,
 * exactly as they run apart in production. They share nothing but the servers. By default each service is a Spring
 * context of this JVM; with {@link StandaloneSettings#processPerService()} each is a JVM of its own.
 */
public final class StandaloneSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandaloneSystem.class);

    /** The first administrator of a new standalone system. */
    public static final String ADMIN = "admin";

    private final StandaloneSettings settings;
    private final List<AutoCloseable> running = new ArrayList<>();
    private StandaloneSecrets secrets;

    private StandaloneSystem(StandaloneSettings settings) {
        this.settings = settings;
    }

    public static StandaloneSystem start(StandaloneSettings settings) {
        StandaloneSystem system = new StandaloneSystem(settings);
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    public StandaloneSettings settings() {
        return settings;
    }

    /** The password of {@link #ADMIN}, created on first start and kept in the data directory. */
    public String adminPassword() {
        return secrets.adminPassword();
    }

    private void startAll() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        long started = System.nanoTime();
        secrets = StandaloneSecrets.in(settings.dataDirectory());
        String verify = "security.tokens.public-key=" + secrets.tokenVerificationKey();
        String validationKey = secrets.messageSigningKey("validation-service");
        String publicationKey = secrets.messageSigningKey("publication-service");
        PostgresServer postgres = EmbeddedPostgresServer.start(settings.dataDirectory().resolve("postgres"),
                settings.postgresPort());
        running.add(postgres);
        // Messages are part of the record until every consumer has them: keep them, do not age them out.
        KafkaServer kafka = EmbeddedKafkaServer.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(),
                Map.of("log.retention.ms", "-1"));
        running.add(kafka);
        // Only the submission service, which signs users in, holds the private key.
        startService(SubmissionServiceApplication.class, SubmissionServiceApplication.CONFIG_NAME, "submission",
                settings.submissionPort(), postgres, kafka, List.of(verify,
                        "security.tokens.private-key=" + secrets.tokenSigningKey(),
                        "security.bootstrap-admin.username=" + ADMIN,
                        "security.bootstrap-admin.password=" + secrets.adminPassword(),
                        "workspace.validation-url=" + settings.validationUrl(),
                        "workspace.publication-url=" + settings.publicationUrl(),
                        "messaging.trusted-senders.validation-service=" + validationKey,
                        "messaging.trusted-senders.publication-service=" + publicationKey));
        startService(ValidationServiceApplication.class, ValidationServiceApplication.CONFIG_NAME, "validation",
                settings.validationPort(), postgres, kafka, List.of(verify, "messaging.signing-key=" + validationKey));
        startService(PublicationServiceApplication.class, PublicationServiceApplication.CONFIG_NAME, "publication",
                settings.publicationPort(), postgres, kafka, List.of(verify, "messaging.signing-key=" + publicationKey,
                        "publication.public-base-url=" + settings.publicationUrl(),
                        "publication.transparency.private-key=" + secrets.transparencyLogSigningKey(),
                        "publication.transparency.public-key=" + secrets.transparencyLogPublicKey()));
        for (AutoCloseable service : running) {
            if (service instanceof ServiceProcess process) {
                process.awaitReady();
            }
        }
        log.info("Standalone system up in {} s: submission {}, validation {}, publication {}; data in {}",
                String.format("%.1f", (System.nanoTime() - started) / 1e9), settings.submissionUrl(),
                settings.validationUrl(), settings.publicationUrl(), settings.dataDirectory().toAbsolutePath());
    }

    private void startService(Class<?> application, String configName, String database, int port,
                              PostgresServer postgres, KafkaServer kafka, List<String> extra) {
        List<String> properties = new ArrayList<>(List.of("spring.config.name=" + configName, "server.port=" + port));
        ConnectionProperties.forService(postgres, database, kafka)
                .forEach((name, value) -> properties.add(name + "=" + value));
        properties.addAll(extra);
        if (application != SubmissionServiceApplication.class) {
            properties.add("spring.autoconfigure.exclude=" + axonAutoConfigurations());
        }
        if (settings.processPerService()) {
            // The services start side by side; startAll waits for them all.
            running.add(ServiceProcess.start(database, application, port, properties, settings.serviceHeap()));
            return;
        }
        // One JVM, one logging system: the logger names tell the services apart.
        properties.add("logging.include-application-name=false");
        // close() stops the services before the servers; a hook of each context's own would race it.
        properties.add("spring.main.register-shutdown-hook=false");
        // As command-line arguments, these outrank the service's own configuration file.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        running.add(context);
    }

    /**
     * Only the submission service uses Axon, but the standalone class path holds Axon's auto-configurations for every
     * service; the other services exclude them so that they do not grow an Axon of their own.
     */
    private static String axonAutoConfigurations() {
        Iterable<String> candidates = ImportCandidates.load(AutoConfiguration.class,
                StandaloneSystem.class.getClassLoader());
        return StreamSupport.stream(candidates.spliterator(), false)
                .filter(name -> name.startsWith("org.axonframework"))
                .collect(Collectors.joining(","));
    }

    /** Stops the services first, then Kafka, then PostgreSQL, so nothing in flight loses its server. */
    @Override
    public void close() {
        List<AutoCloseable> stopping = new ArrayList<>(running);
        Collections.reverse(stopping);
        running.clear();
        // Services in JVMs of their own stop side by side; the loop then waits for each.
        stopping.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::beginStopping);
        for (AutoCloseable part : stopping) {
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed", part, e);
            }
        }
    }
}
