package cn.govdisclosure.publication.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the webhook dispatcher, which polls the outbox on a fixed delay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {
}
