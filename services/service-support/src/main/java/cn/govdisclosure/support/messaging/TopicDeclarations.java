package cn.govdisclosure.support.messaging;

import cn.govdisclosure.kernel.messaging.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares topics with the service's partition count and replication, each with its dead-letter topic. Spring's
 * {@link KafkaAdmin} creates the declared {@link NewTopic}s at start-up and leaves existing ones alone.
 */
public class TopicDeclarations {

    private final MessagingProperties properties;

    TopicDeclarations(MessagingProperties properties) {
        this.properties = properties;
    }

    /** The topic and its dead-letter topic. */
    public KafkaAdmin.NewTopics withDeadLetterTopic(String topic) {
        return new KafkaAdmin.NewTopics(topic(topic), topic(Topics.deadLetterTopicOf(topic)));
    }

    private NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }
}
