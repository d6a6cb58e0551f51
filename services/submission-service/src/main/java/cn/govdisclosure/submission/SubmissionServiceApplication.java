package cn.govdisclosure.submission;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The submission service: agencies register, fill in and submit their annual reports. */
@SpringBootApplication
public class SubmissionServiceApplication {

    /** The service's configuration file, {@code submission-service.yml}; named so that services can share a JVM. */
    public static final String CONFIG_NAME = "submission-service";

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        new SpringApplication(SubmissionServiceApplication.class)
                .run(withConfigName(args));
    }

    static String[] withConfigName(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.config.name=" + CONFIG_NAME;
        return all;
    }
}
