package cn.govdisclosure.loadgenerator;

import java.util.Objects;

/** Where the system's three public HTTP APIs answer, e.g. {@code http://localhost:8081}. */
public record SystemUnderLoad(String submissionUrl, String validationUrl, String publicationUrl) {

    public SystemUnderLoad {
        Objects.requireNonNull(submissionUrl, "submissionUrl");
        Objects.requireNonNull(validationUrl, "validationUrl");
        Objects.requireNonNull(publicationUrl, "publicationUrl");
    }

    /** The three services on one host, on the given ports. */
    public static SystemUnderLoad onHost(String host, int submissionPort, int validationPort, int publicationPort) {
        return new SystemUnderLoad("http://" + host + ":" + submissionPort, "http://" + host + ":" + validationPort,
                "http://" + host + ":" + publicationPort);
    }
}
