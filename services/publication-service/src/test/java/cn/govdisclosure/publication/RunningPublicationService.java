package cn.govdisclosure.publication;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.support.security.TestTokens;
import cn.govdisclosure.kernel.messaging.MessageCodec;
import cn.govdisclosure.kernel.messaging.MessageHeaders;
import cn.govdisclosure.transparency.Ed25519Keys;
import java.security.KeyPair;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The service as it runs in production, on the JVM's one real PostgreSQL (in a database of its own) and one real
 * Kafka. Every integration test extends this class unchanged, so that they all share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {PublicationServiceApplication.class, RunningPublicationService.Clocks.class},
        properties = "spring.config.name=" + PublicationServiceApplication.CONFIG_NAME)
public abstract class RunningPublicationService {

    static final String DATABASE = "publication_it";
    protected static final String PUBLIC_BASE_URL = "https://portal.example.gov.cn";
    /** The transparency log's signing key: one per JVM, so that every test class shares the context. */
    protected static final KeyPair TRANSPARENCY_KEY = Ed25519Keys.generate();

    /** The service tells time by {@link TestClock}, which a test may fix. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        Clock testClock() {
            return TestClock.INSTANCE;
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private KafkaTemplate<String, byte[]> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.serviceProperties(DATABASE).forEach((name, value) -> registry.add(name, () -> value));
        registry.add("publication.public-base-url", () -> PUBLIC_BASE_URL + "/");
        registry.add("publication.transparency.private-key",
                () -> Ed25519Keys.privateKeyPem(TRANSPARENCY_KEY.getPrivate()));
        registry.add("publication.transparency.public-key",
                () -> Ed25519Keys.publicKeyPem(TRANSPARENCY_KEY.getPublic()));
        TestTokens.properties().forEach((name, value) -> registry.add(name, () -> value));
        WebhookReceiver.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    protected RestTestClient http() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** Sends as the submission service would, and returns once the broker has the record. */
    protected void produce(ProducerRecord<String, byte[]> record) throws Exception {
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }

    protected static TopicProbe probe(String topic, String key) {
        return TopicProbe.on(TestInfrastructure.kafka().bootstrapServers(), topic, key);
    }

    protected static <T> T payload(ConsumerRecord<String, byte[]> record, Class<T> type) {
        return type.cast(MessageCodec.decode(TopicProbe.header(record, MessageHeaders.MESSAGE_TYPE),
                TopicProbe.header(record, MessageHeaders.MESSAGE_REVISION), record.value()));
    }
}
