package cn.govdisclosure.validation.config;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.support.messaging.TopicDeclarations;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The clock runs are stamped with, and the topics this service reads and writes. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Declared here too, although the submission service owns them: whichever service starts first creates the
     * topics (and their dead-letter topics), and a listener never waits on a missing topic.
     */
    @Bean
    KafkaAdmin.NewTopics submissionEventsTopics(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_EVENTS);
    }

    @Bean
    KafkaAdmin.NewTopics submissionCommandsTopics(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_COMMANDS);
    }
}
