package cn.govdisclosure.validation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The validation service: checks every submitted report against the rules of the national format and tells the
 * submission service the outcome.
 *
 * <p>Its configuration file is {@code validation-service.yml}, not {@code application.yml}: the standalone launcher
 * runs all services in one JVM on one classpath, where every service's {@code application.yml} would collide.
 */
@SpringBootApplication
public class ValidationServiceApplication {

    /** The {@code spring.config.name} of this service; whoever starts it must set it. */
    public static final String CONFIG_NAME = "validation-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ValidationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
