package cn.govdisclosure.validation;

import cn.govdisclosure.infrastructure.TestInfrastructure;
import cn.govdisclosure.support.security.TestTokens;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs the validation service alone against the test PostgreSQL and Kafka (containers where Docker runs, embedded
 * servers otherwise; both gone when it stops), e.g. for trying the API or for {@link LiveCheckBenchmark} over HTTP.
 * Arguments are Spring Boot's, e.g. {@code --server.port=8082}.
 */
public final class TestValidationServiceApplication {

    private TestValidationServiceApplication() {
    }

    public static void main(String[] args) {
        // As arguments, so that they outrank the addresses in validation-service.yml.
        Stream<String> connections = Stream.concat(TestInfrastructure.serviceProperties("validation").entrySet()
                        .stream(), TestTokens.properties().entrySet().stream())
                .map(property -> "--" + property.getKey() + "=" + property.getValue());
        new SpringApplicationBuilder(ValidationServiceApplication.class)
                .properties("spring.config.name=" + ValidationServiceApplication.CONFIG_NAME)
                .run(Stream.concat(connections, Stream.of(args)).toArray(String[]::new));
    }
}
