package cn.govdisclosure.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Installs {@link ProblemResponses} in every service's web layer, before Spring MVC's own configuration so that
 * Boot's generic problem handler backs off and ours answers every error.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication
@Import(ProblemResponses.class)
public class ProblemDetailsAutoConfiguration {
}
