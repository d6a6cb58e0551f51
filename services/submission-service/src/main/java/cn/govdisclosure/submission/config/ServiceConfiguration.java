package cn.govdisclosure.submission.config;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.support.messaging.TopicDeclarations;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    KafkaAdmin.NewTopics submissionEventsTopic(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_EVENTS);
    }

    @Bean
    KafkaAdmin.NewTopics submissionCommandsTopic(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_COMMANDS);
    }
}
