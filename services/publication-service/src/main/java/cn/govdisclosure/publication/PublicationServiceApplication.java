package cn.govdisclosure.publication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The publication service: turns accepted reports into numbered public versions and serves them as JSON and as
 * portal pages in the national layout.
 *
 * <p>All three services can run in one JVM, one Spring context each, on one classpath. So this service reads
 * {@code publication-service.yml} rather than {@code application.yml}, keeps its migrations under
 * {@code db/publication} and its templates under {@code templates/publication}, and scans only this package.
 */
@SpringBootApplication
public class PublicationServiceApplication {

    /** The {@code spring.config.name} of this service; launchers and tests set it too. */
    public static final String CONFIG_NAME = "publication-service";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as launchers start it: with this service's configuration file. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PublicationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
