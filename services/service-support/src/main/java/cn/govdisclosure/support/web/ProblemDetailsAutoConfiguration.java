package cn.govdisclosure.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Installs {@link ProblemResponses} in every service's web layer. */
@AutoConfiguration
@ConditionalOnWebApplication
@Import(ProblemResponses.class)
public class ProblemDetailsAutoConfiguration {
}
