package cn.govdisclosure.publication.config;

import cn.govdisclosure.kernel.messaging.Topics;
import cn.govdisclosure.support.messaging.TopicDeclarations;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The clock and the Kafka topics of the publication service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationProperties.class)
class PublicationConfiguration {

    /** Publication dates come from here, so that a test can fix them. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Read: accepted reports. The submission service declares it too; whoever starts first creates it. */
    @Bean
    KafkaAdmin.NewTopics submissionEventsTopics(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_EVENTS);
    }

    /** Written: {@code MarkReportPublishedCommand}. */
    @Bean
    KafkaAdmin.NewTopics submissionCommandsTopics(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.SUBMISSION_COMMANDS);
    }

    /** Written: {@code ReportPublishedEvent}. */
    @Bean
    KafkaAdmin.NewTopics publicationEventsTopics(TopicDeclarations topics) {
        return topics.withDeadLetterTopic(Topics.PUBLICATION_EVENTS);
    }
}
