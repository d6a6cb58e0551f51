package cn.govdisclosure.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * The Kafka set-up every service shares. Producers are idempotent and wait for all in-sync replicas; consumers
 * never auto-commit: an offset is committed only after its record was handled (or parked in the dead-letter
 * topic), so a crash means redelivery, never loss.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer idempotentProducers() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // Senders wait for each acknowledgement before they go on (or for a whole batch of sends at once):
                // Kafka 4's default of 5 ms lingering would only add 5 ms to every wait.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer manuallyCommittingConsumers() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /**
     * Offsets are committed once every record of a poll has been handled, not after each one: a commit is a round
     * trip to the broker, and the surge benchmark's profile had the listeners waiting on one per record. A crash in
     * the middle of a poll redelivers the records handled since the last commit; every consumer drops what it has
     * handled already by the message id.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitAfterEachPoll() {
        return container -> container.getContainerProperties().setAckMode(AckMode.BATCH);
    }

    @Bean
    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> kafkaTemplate(ProducerFactory<?, ?> producerFactory) {
        return new KafkaTemplate<>((ProducerFactory<String, byte[]>) producerFactory);
    }

    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties,
                                                 MeterRegistry meters) {
        return DeadLetters.errorHandler(kafka, properties, meters);
    }

    @Bean
    MessageSender messageSender(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties) {
        return new MessageSender(kafka, properties);
    }

    /** Named so that the health component is {@code kafka}, next to Spring Boot's {@code db}. */
    @Bean
    @ConditionalOnClass(HealthIndicator.class)
    HealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaBrokerHealth(kafkaAdmin);
    }

    @Bean
    KafkaAdmin.NewTopics topics(MessagingProperties properties) {
        return TopicDeclarations.all(properties);
    }
}
