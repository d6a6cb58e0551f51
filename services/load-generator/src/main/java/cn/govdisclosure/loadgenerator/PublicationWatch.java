package cn.govdisclosure.loadgenerator;

/**
 * Sees reports become public. {@link #polling} asks the publication service's public API, as a portal would; a
 * benchmark that must not add that load follows {@code publication.events} instead ({@link KafkaPublicationWatch}).
 */
public interface PublicationWatch {

    /**
     * The {@link System#nanoTime()} at which the report was seen published, or null if it is not yet; called
     * repeatedly while a filing waits.
     */
    Long publishedAt(String creditCode, int year);

    static PublicationWatch polling(SystemUnderLoad system, FilingOptions options, FilingListener listener) {
        HttpApi api = new HttpApi(options, listener);
        return (creditCode, year) -> {
            HttpApi.Answer answer = api.get("published", system.publicationUrl() + "/api/published/" + creditCode
                    + "/" + year, null);
            return answer.status() == 200 ? System.nanoTime() : null;
        };
    }
}
