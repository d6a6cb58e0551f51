package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Every service declares every topic of the system, each with its dead-letter topic, with the configured
 * partitions and replication: whichever service starts first creates them, so no listener waits on a missing
 * topic and no topic is created implicitly with other settings. Spring's {@link KafkaAdmin} leaves existing
 * topics alone.
 */
final class TopicDeclarations {

    private TopicDeclarations() {
    }

    static KafkaAdmin.NewTopics all(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterTopicOf(topic)))
                .map(name -> topic(name, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, MessagingProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }
}
